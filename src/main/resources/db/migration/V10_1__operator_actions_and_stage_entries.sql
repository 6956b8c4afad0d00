-- Every act of a process operator that repairs an instance outside its tasks (modify, migrate,
-- restart, start part-way, write variables, deliver a message or signal, run a timer early), with
-- the reason they gave. Written in the same transaction as the act: a refused act leaves no row.
create table wm_operator_action (
  id                     varchar(36)   not null primary key,
  acted_by               varchar(255)  not null,
  acted_at               timestamp     not null,
  command                varchar(60)   not null,
  process_instance_id    varchar(64),
  process_definition_id  varchar(255),
  reason                 varchar(4000) not null,
  detail                 varchar(4000)
);
create index wm_operator_action_instance on wm_operator_action (process_instance_id);
create index wm_operator_action_by on wm_operator_action (acted_by, acted_at);

-- Each entry of a commissioning programme into a stage, in order, and the participation gate
-- decision that closed it. The next stage starts only when the previous entry's gate passed; the
-- gate's evidence window starts at the entry, not at a variable.
create table wm_stage_entry (
  id                  varchar(36)   not null primary key,
  process_instance_id varchar(64)   not null,
  programme_reference varchar(40),
  stage               varchar(20)   not null,
  seq                 integer       not null,
  entered_at          timestamp     not null,
  gate_decision_id    varchar(36)
);
create unique index wm_stage_entry_order on wm_stage_entry (process_instance_id, seq);
