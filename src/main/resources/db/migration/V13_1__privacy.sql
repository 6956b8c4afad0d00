-- Data protection (docs/data-protection.md): every erasure of a person's data on request, and
-- every run of the retention clean-up. Neither keeps the erased user id: an erasure row names the
-- pseudonym that replaced it.
create table wm_erasure (
  id            varchar(36)   not null primary key,
  pseudonym     varchar(40)   not null,
  requested_by  varchar(255)  not null,
  reason        varchar(2000) not null,
  erased_at     timestamp     not null,
  rows_changed  integer       not null,
  rows_kept     integer       not null,
  kept_note     varchar(2000)
);
create table wm_retention_run (
  id        varchar(36)   not null primary key,
  ran_at    timestamp     not null,
  rule_name varchar(60)   not null,
  affected  integer       not null
);
