-- A scheduled nettprat can be called off before it starts (a leader falls ill): when, by whom and why. The reason is
-- shown on its page, in the list, in its forum announcement and in the notifications of those named on it and of
-- everyone who sent a question. A cancelled nettprat takes no questions, votes, answers, moves or archiving.
alter table events_live add column cancelled_at timestamp with time zone;
alter table events_live add column cancelled_by bigint;
alter table events_live add column cancel_reason varchar(1000);
