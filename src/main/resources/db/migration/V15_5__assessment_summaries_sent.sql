-- Assessment summaries are sent to each bidder (Procurement Act 2023 s.50; PCR 2015 reg. 86): the bid's contact
-- address, the summary as sent (HTML; the PDF is rendered from it), to whom and when. Standstill counts from the
-- last summary sent.
alter table wm_tender_bid add column contact_email varchar(320);
alter table wm_tender_bid add column summary_html varchar(200000);
alter table wm_tender_bid add column summary_sent_to varchar(320);
alter table wm_tender_bid add column summary_sent_at timestamp;
