-- The event publication registry's table, as Spring Modulith 2.0 creates it on H2 (schemas/v2/schema-h2.sql). On
-- PostgreSQL this keeps two nodes starting at once from both creating it (db/vendor/postgresql); H2 is one node, and
-- has the same table so both databases run the same migrations.
create table if not exists event_publication
(
  id                     uuid not null,
  completion_date        timestamp(9) with time zone,
  event_type             varchar(512) not null,
  listener_id            varchar(512) not null,
  publication_date       timestamp(9) with time zone not null,
  serialized_event       varchar(4000) not null,
  status                 varchar(20),
  completion_attempts    int,
  last_resubmission_date timestamp(9) with time zone,
  primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
