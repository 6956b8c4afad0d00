-- A panellist's earlier scores stay when they score again (after a blocked award): the new sheet
-- supersedes them instead of deleting them, so the record shows every score ever given.
alter table wm_tender_score add column superseded_at timestamp;
