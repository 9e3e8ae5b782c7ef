-- Conversations where a citizen shared an identity number; the flag stays after the comment is hidden.
alter table inbox_conversation add column personal_data boolean not null default false;
