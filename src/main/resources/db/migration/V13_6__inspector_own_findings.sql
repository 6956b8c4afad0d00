-- Each assigned Young Inspector's own findings, kept as they recorded them: one row per question.
-- The Young Inspectors' combined view (wm_inspection_answer, viewpoint 'inspectors') is derived from these.
create table wm_inspection_inspector_answer (
  inspection_id varchar(36)   not null,
  user_id       varchar(255)  not null,
  position      integer       not null,
  score         integer       not null,
  comment_text  varchar(4000),
  recorded_by   varchar(255),
  recorded_at   timestamp     not null,
  primary key (inspection_id, user_id, position)
);
