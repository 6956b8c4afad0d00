-- The reminder timers of each open task with a due date: the engine's job ids and the due date they
-- were scheduled for. Finding a task's reminder jobs is then one primary-key read here instead of a
-- LIKE on ACT_RU_JOB.HANDLER_CFG_, which no index serves and which grew with the whole job table.
-- Jobs scheduled before this table existed are not listed: when their task ends or its due date
-- moves they stay behind, fire once, find the task gone or its due date changed, and do nothing.
create table wm_reminder_timer (
  task_id    varchar(64)   not null primary key,
  due_millis bigint        not null,
  job_ids    varchar(2000) not null
);
