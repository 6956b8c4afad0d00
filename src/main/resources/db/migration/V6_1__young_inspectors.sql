-- Young Inspectors (issue 6): the pool with training dates, and everything an inspection records.

-- The pool: who is a Young Inspector, when they were last trained and when the refresher falls due.
create table wm_young_inspector (
  user_id          varchar(255)  not null primary key,
  display_name     varchar(200)  not null,
  date_of_birth    date          not null,
  last_trained_on  date          not null,
  refresher_due_on date          not null,
  active           boolean       not null,
  updated_at       timestamp     not null
);

-- Every training session an inspector attended (first training and refreshers).
create table wm_inspector_training (
  id          varchar(36)   not null primary key,
  user_id     varchar(255)  not null,
  trained_on  date          not null,
  kind        varchar(20)   not null,
  recorded_by varchar(255),
  recorded_at timestamp     not null
);
create index wm_inspector_training_user on wm_inspector_training (user_id);

-- The inspection itself (wm_inspection, V2) gains the contract, the scale, safeguarding and the outcome.
alter table wm_inspection add column contract_reference varchar(40);
alter table wm_inspection add column programme_title varchar(200);
alter table wm_inspection add column scale_max integer;
alter table wm_inspection add column gap_threshold integer;
alter table wm_inspection add column tool_inspectors_input varchar(4000);
alter table wm_inspection add column supporting_adult varchar(200);
alter table wm_inspection add column parental_consent boolean;
alter table wm_inspection add column gap_count integer;
alter table wm_inspection add column findings_summary varchar(8000);
alter table wm_inspection add column you_said_we_did varchar(8000);

-- The Young Inspectors assigned to an inspection.
create table wm_inspection_inspector (
  inspection_id     varchar(36)   not null,
  user_id           varchar(255)  not null,
  needs_consent     boolean       not null,
  primary key (inspection_id, user_id)
);

-- The monitoring tool used for this inspection: its questions, kept so later comparisons stay true.
create table wm_inspection_question (
  inspection_id varchar(36)   not null,
  position      integer       not null,
  question      varchar(500)  not null,
  primary key (inspection_id, position)
);

-- The answers: the Young Inspectors' view and the manager's view, per question.
create table wm_inspection_answer (
  inspection_id varchar(36)   not null,
  position      integer       not null,
  viewpoint     varchar(20)   not null,
  score         integer       not null,
  comment_text  varchar(4000),
  gap           boolean,
  recorded_by   varchar(255),
  recorded_at   timestamp     not null,
  primary key (inspection_id, position, viewpoint)
);

-- Recommendations of the report, the provider's answer, and the follow-up of accepted actions.
create table wm_inspection_recommendation (
  inspection_id  varchar(36)   not null,
  position       integer       not null,
  recommendation varchar(2000) not null,
  response       varchar(20),
  action_text    varchar(2000),
  action_due_on  date,
  decline_reason varchar(2000),
  status         varchar(20)   not null,
  done_on        date,
  primary key (inspection_id, position)
);

-- Each Young Inspector's reward choice and feedback on the process, read by the annual review.
create table wm_inspection_feedback (
  id            varchar(36)   not null primary key,
  inspection_id varchar(36)   not null,
  user_id       varchar(255),
  reward_choice varchar(50)   not null,
  rating        integer       not null,
  comments      varchar(4000),
  recorded_at   timestamp     not null
);
create index wm_inspection_feedback_inspection on wm_inspection_feedback (inspection_id);
