-- The work queue (what still waits for a team: NEW, IN_PROGRESS, AWAITING_APPROVAL), oldest first, read from one
-- index without sorting a year of answered history. The list writes these statuses as literals so that the
-- planner can match this partial index.
create index inbox_conversation_work_queue on inbox_conversation (team_id, waiting_since, id)
    where status in ('NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL');
