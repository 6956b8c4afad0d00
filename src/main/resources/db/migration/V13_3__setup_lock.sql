-- One row that a starting node locks (select ... for update) while it creates groups, grants,
-- filters and users, so nodes starting at the same moment on an empty database do it one after
-- the other: the first creates, the others find everything in place.
create table wm_setup_lock (
  id integer not null primary key
);
insert into wm_setup_lock (id) values (1);
