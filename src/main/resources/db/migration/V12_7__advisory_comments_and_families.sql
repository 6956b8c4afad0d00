-- Parents, carers and family members who took part in an engagement: counted apart from young
-- people (participants_total stays the young people only, and only young people pass a gate).
alter table wm_engagement_evidence add column parents_carers integer default 0 not null;

-- The Co-production Advisory Group's comments on a service's performance (Review stage), and the
-- commissioner's answer to them. When young members took part, evidence_id is the participation
-- record (wm_engagement_evidence) written for it, which the Review gate counts. The commissioner's
-- answer is the feedback owed to the group (feedback_id, wm_feedback): on time or late like any other.
create table wm_advisory_comment (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  process_instance_id varchar(64)   not null,
  stage               varchar(20)   not null,
  met_on              date          not null,
  young_members       integer       not null,
  adult_members       integer       not null,
  parents_carers      integer       not null,
  age_bands           varchar(200)  not null,
  groups_represented  varchar(500),
  performance_comment varchar(8000) not null,
  what_should_change  varchar(8000) not null,
  evidence_id         varchar(36),
  feedback_id         varchar(36),
  recorded_by         varchar(255),
  recorded_at         timestamp     not null,
  answer              varchar(8000),
  answered_by         varchar(255),
  answered_at         timestamp
);
create index wm_advisory_comment_programme on wm_advisory_comment (programme_reference);
