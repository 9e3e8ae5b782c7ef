-- A finished nettprat is archived as a forum discussion (searchable like any other); the event keeps its id.
alter table events_live add column archived_discussion_id bigint;
