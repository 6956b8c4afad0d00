-- Records that later programmes and the annual framework review read. Each capability extends
-- its own tables with later migrations (V3_x commissioning, V4_x tender, V5_x review, V6_x inspection).

-- What young people said, in which stage of which programme: existing intelligence for later programmes.
create table wm_engagement_evidence (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  service_area        varchar(100)  not null,
  stage               varchar(20)   not null,
  engaged_on          date          not null,
  method              varchar(100)  not null,
  participants_total  integer       not null,
  age_bands           varchar(200)  not null,
  groups_represented  varchar(500),
  what_they_said      varchar(8000) not null,
  buddy_recorded      boolean       not null,
  recorded_by         varchar(255),
  recorded_at         timestamp     not null
);
create index wm_evidence_programme on wm_engagement_evidence (programme_reference, stage);
create index wm_evidence_service_area on wm_engagement_evidence (service_area, engaged_on);

-- A request to close a stage without young people's evidence, and its decision (four eyes).
create table wm_participation_exception (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  stage               varchar(20)   not null,
  reason              varchar(4000) not null,
  requested_by        varchar(255)  not null,
  requested_at        timestamp     not null,
  decision            varchar(20),
  decided_by          varchar(255),
  decided_at          timestamp,
  decision_reason     varchar(4000)
);
create index wm_exception_programme on wm_participation_exception (programme_reference, stage);

-- Every participation gate outcome: passed with evidence, passed by exception, refused.
create table wm_gate_decision (
  id                     varchar(36)   not null primary key,
  process_instance_id    varchar(64)   not null,
  process_definition_key varchar(255)  not null,
  business_key           varchar(255),
  gate_point             varchar(50)   not null,
  gate_kind              varchar(50)   not null,
  outcome                varchar(30)   not null,
  reason                 varchar(4000),
  decided_by             varchar(255),
  decided_at             timestamp     not null
);
create index wm_gate_decision_key on wm_gate_decision (business_key, gate_point);

-- "You said, we did": feedback owed to participants after a stage's engagement.
create table wm_feedback (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40)   not null,
  stage               varchar(20)   not null,
  due_on              date          not null,
  sent_on             date,
  summary             varchar(8000),
  sent_by             varchar(255)
);

-- A tender and its panel.
create table wm_tender (
  reference            varchar(40)   not null primary key,
  programme_reference  varchar(40),
  service_area         varchar(100),
  regime               varchar(20)   not null,
  light_touch          boolean       not null,
  young_weight_share   numeric(5,2),
  published_at         timestamp,
  awarded_bidder       varchar(200),
  awarded_at           timestamp,
  process_instance_id  varchar(64)   not null,
  started_at           timestamp     not null
);

create table wm_panel_member (
  id               varchar(36)   not null primary key,
  tender_reference varchar(40)   not null,
  user_id          varchar(255)  not null,
  young            boolean       not null,
  age_band         varchar(20),
  removed          boolean       not null default false
);
create index wm_panel_member_tender on wm_panel_member (tender_reference);

-- A Young Inspectors' inspection of a commissioned service.
create table wm_inspection (
  id                  varchar(36)   not null primary key,
  programme_reference varchar(40),
  service_area        varchar(100)  not null,
  provider            varchar(200)  not null,
  visited_on          date,
  completed_at        timestamp,
  process_instance_id varchar(64)   not null,
  started_at          timestamp     not null
);
create index wm_inspection_service_area on wm_inspection (service_area);
