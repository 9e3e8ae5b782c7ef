-- The event publication registry's table, as Spring Modulith 2.0 creates it (schemas/v2/schema-postgresql.sql), made
-- here so that Flyway's lock creates it once: two nodes starting at once on an empty database would otherwise both
-- run Modulith's "create ... if not exists" at the same moment, which PostgreSQL can refuse to the second. Where
-- Modulith made it already, nothing changes.
create table if not exists event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
