-- Tender evaluation (issue 4): the tender's settings and outcome, its locked questions, the panel's
-- safeguarding, conflicts declarations, the dialogue day, bids, scores, moderation and summaries.
alter table wm_tender add column quality_share integer;
alter table wm_tender add column questions_locked_at timestamp;
alter table wm_tender add column dialogue_on date;
alter table wm_tender add column young_presenter varchar(200);
alter table wm_tender add column presentation_summary varchar(4000);
alter table wm_tender add column standstill_last_day date;
alter table wm_tender add column contract_reference varchar(60);
alter table wm_tender add column outcome varchar(20);

alter table wm_panel_member add column parental_consent boolean;
alter table wm_panel_member add column training_done boolean;
alter table wm_panel_member add column confidentiality_signed boolean;
alter table wm_panel_member add column supporting_adult varchar(200);
alter table wm_panel_member add column supporting_adult_dbs_checked boolean;
alter table wm_panel_member add column reward varchar(200);
alter table wm_panel_member add column reward_sent_on date;
alter table wm_panel_member add column removed_reason varchar(4000);

-- Questions and weights; locked (questions_locked_at on the tender) when the tender is published.
create table wm_tender_question (
  tender_reference varchar(40)   not null,
  question_id      varchar(20)   not null,
  question_text    varchar(2000) not null,
  weight           numeric(5,2)  not null,
  author           varchar(20)   not null,
  scored_by        varchar(20)   not null,
  primary key (tender_reference, question_id)
);

-- Every panellist's declaration, and procurement's mitigation of a declared conflict (PA 2023 s.81-83).
create table wm_tender_conflict (
  id               varchar(36)   not null primary key,
  tender_reference varchar(40)   not null,
  user_id          varchar(255)  not null,
  declared         boolean       not null,
  details          varchar(4000),
  declared_at      timestamp     not null,
  mitigation       varchar(4000),
  mitigated_by     varchar(255),
  mitigated_at     timestamp
);
create index wm_tender_conflict_tender on wm_tender_conflict (tender_reference);

create table wm_tender_clarification (
  id               varchar(36)   not null primary key,
  tender_reference varchar(40)   not null,
  question         varchar(4000) not null,
  answer           varchar(4000) not null,
  logged_by        varchar(255),
  logged_at        timestamp     not null
);

-- Bids; the price lives here only, never in a process variable a panellist could read.
create table wm_tender_bid (
  tender_reference varchar(40)   not null,
  bidder           varchar(200)  not null,
  price            numeric(14,2) not null,
  documents        varchar(2000),
  quality_points   numeric(7,2),
  price_points     numeric(7,2),
  total_points     numeric(7,2),
  ranking          integer,
  charter_status   varchar(20),
  charter_signatory varchar(200),
  charter_signed_on date,
  charter_note     varchar(4000),
  assessment_summary varchar(20000),
  primary key (tender_reference, bidder)
);

-- Every panellist's own score with its reason (kept beside the consensus); interviews too (kind).
create table wm_tender_score (
  id               varchar(36)   not null primary key,
  tender_reference varchar(40)   not null,
  user_id          varchar(255)  not null,
  kind             varchar(20)   not null,
  bidder           varchar(200)  not null,
  question_id      varchar(20)   not null,
  score            integer       not null,
  reason           varchar(4000) not null,
  scored_at        timestamp     not null
);
create index wm_tender_score_tender on wm_tender_score (tender_reference, user_id);

create table wm_tender_consensus (
  tender_reference varchar(40)   not null,
  bidder           varchar(200)  not null,
  question_id      varchar(20)   not null,
  consensus        integer       not null,
  rationale        varchar(4000) not null,
  departure_reason varchar(4000),
  lowest_score     integer,
  highest_score    integer,
  moderated_by     varchar(255),
  moderated_at     timestamp     not null,
  primary key (tender_reference, bidder, question_id)
);
