-- An escalation raised without a deadline has none (it used to get fourteen days silently).
alter table forum_escalation alter column deadline drop not null;
