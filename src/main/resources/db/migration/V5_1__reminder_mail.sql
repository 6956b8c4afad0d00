-- Reminder and escalation mails for tasks with a due date: the record of what was decided to send
-- (one row per task x reminder point x due date x recipient, enforced by the unique constraint) and
-- the outbox its sending job delivers (pending -> sending -> sent).
create table wm_reminder_mail (
  id                     varchar(36)    not null primary key,
  task_id                varchar(64)    not null,
  reminder_point         varchar(20)    not null,
  due_at                 timestamp      not null,
  recipient              varchar(255)   not null,
  process_instance_id    varchar(64),
  process_definition_key varchar(255),
  business_key           varchar(255),
  task_name              varchar(255),
  subject                varchar(500)   not null,
  text_body              varchar(20000) not null,
  html_body              varchar(40000),
  status                 varchar(10)    not null,
  created_at             timestamp      not null,
  claimed_at             timestamp,
  sent_at                timestamp,
  constraint wm_reminder_mail_once unique (task_id, reminder_point, due_at, recipient)
);
create index wm_reminder_mail_status on wm_reminder_mail (status);
