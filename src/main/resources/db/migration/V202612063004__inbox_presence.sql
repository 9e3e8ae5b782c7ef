-- Who has a conversation open now (issue 12.8): each open conversation page sends a heartbeat; a row older than a
-- minute means the person left. Stored in the database so every node sees the same people. Rows are replaced in
-- place, one per person and conversation, and old ones are cleared as new heartbeats come.
create table inbox_presence (
    conversation_id bigint  not null,
    user_id         bigint  not null,
    writing         boolean not null,
    seen_at         timestamp with time zone not null,
    constraint inbox_presence_pk primary key (conversation_id, user_id)
);

create index inbox_presence_seen on inbox_presence (seen_at);
