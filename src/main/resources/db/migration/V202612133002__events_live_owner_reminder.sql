-- The reminder before a nettprat question's due date goes once per question, owner and due date: this row turns a
-- second run, or a second node, into a no-op, and a question handed to someone else or given a new date is reminded
-- of again.
create table events_live_owner_reminder (
    question_id bigint not null references events_question (id),
    owner_id    bigint not null,
    due_on      date   not null,
    sent_at     timestamp with time zone not null,
    constraint events_live_owner_reminder_pk primary key (question_id, owner_id, due_on)
);
