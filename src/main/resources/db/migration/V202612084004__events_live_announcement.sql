-- The forum discussion that announced a nettprat (its time and a link), where a new time is posted if it moves.
alter table events_live add column announcement_discussion_id bigint;
