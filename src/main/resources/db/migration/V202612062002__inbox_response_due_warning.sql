-- The waiting period (its waiting_since) a conversation was last warned about as close to its response target, so
-- the warning is given once per period, on one node, however often the check runs.
alter table inbox_conversation add column due_warned_for timestamp with time zone;
