-- A commissioning programme: one run of the commissioning cycle, known by its reference.
create table wm_programme (
  reference           varchar(40)   not null primary key,
  title               varchar(200)  not null,
  service_area        varchar(100)  not null,
  cohort_age_from     integer       not null,
  cohort_age_to       integer       not null,
  cohort_groups       varchar(500),
  estimated_value     numeric(14,2),
  influence_rung      integer       not null,
  lundy_elements      varchar(200)  not null,
  process_instance_id varchar(64)   not null,
  started_by          varchar(255),
  started_at          timestamp     not null
);
create index wm_programme_service_area on wm_programme (service_area);
