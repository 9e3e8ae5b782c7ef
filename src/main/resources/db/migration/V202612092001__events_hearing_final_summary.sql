-- A hearing's final summary as it was published, kept with the hearing so other modules (the archive) read the
-- text that went out, not one recomputed later. Hearings published before this have none (the forum has the text).
alter table events_hearing add column published_summary varchar(100000);
alter table events_hearing add column published_at timestamp with time zone;
alter table events_hearing add column published_by bigint;

