-- The annual framework review: one per year, its evidence, self-assessment, young people's comments,
-- action plan and published report.
create table wm_framework_review (
  review_year         integer        not null primary key,
  process_instance_id varchar(64)    not null,
  started_by          varchar(255),
  started_at          timestamp      not null,
  evidence_json       varchar(20000),
  signed_off_by       varchar(255),
  signed_off_at       timestamp,
  sign_off_comments   varchar(4000)
);

create table wm_review_area (
  review_year    integer       not null,
  key_area       integer       not null,
  doing_now      varchar(4000) not null,
  need_to_do     varchar(4000),
  responsible    varchar(255),
  complete_by    date,
  know_done_when varchar(4000),
  young_comment  varchar(4000),
  primary key (review_year, key_area)
);

create table wm_review_action (
  id             varchar(36)   not null primary key,
  review_year    integer       not null,
  key_area       integer       not null,
  what           varchar(4000) not null,
  owner          varchar(255)  not null,
  due_on         date          not null,
  know_done_when varchar(4000),
  done           boolean       not null default false,
  done_at        timestamp,
  done_note      varchar(4000)
);
create index wm_review_action_year on wm_review_action (review_year);

create table wm_review_report (
  review_year  integer         not null primary key,
  html         varchar(1000000) not null,
  pdf_base64   varchar(1000000) not null,
  published_at timestamp       not null
);
