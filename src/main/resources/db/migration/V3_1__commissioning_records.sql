-- Commissioning cycle records beyond the shared ones of V2.

-- Each young people's review session of a draft specification (Plan stage) and what they changed.
create table wm_specification_review (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  reviewed_on         date          not null,
  what_they_changed   varchar(8000) not null,
  recorded_by         varchar(255),
  recorded_at         timestamp     not null
);
create index wm_spec_review_programme on wm_specification_review (programme_reference);

-- Contract monitoring meetings (Review stage) and whether the young person's seat was filled.
create table wm_monitoring_meeting (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  met_on              date          not null,
  young_person_attended boolean     not null,
  notes               varchar(8000) not null,
  recorded_by         varchar(255),
  recorded_at         timestamp     not null
);
create index wm_monitoring_programme on wm_monitoring_meeting (programme_reference);

-- Participants' evaluation of the engagement itself (Review stage).
create table wm_engagement_survey (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  respondents         integer       not null,
  felt_listened_to    integer       not null,
  saw_what_changed    varchar(20)   not null,
  would_take_part_again varchar(20) not null,
  comments            varchar(8000),
  recorded_by         varchar(255),
  recorded_at         timestamp     not null
);
create index wm_survey_programme on wm_engagement_survey (programme_reference);
