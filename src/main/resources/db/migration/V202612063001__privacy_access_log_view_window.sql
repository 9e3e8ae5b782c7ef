-- A live page refreshes an open conversation many times a minute; the access log is a record of who looked, not
-- of every refresh. One row per (person, action, subject, purpose) is kept here with when it was last logged, so
-- a view is logged again only after the window (samtale.privacy.access-log.view-window) has passed. The row is
-- the lock: two nodes seeing the same refresh race on it, and only one of them logs.
-- The purpose is kept as its SHA-256 (hex) so the key stays short whatever the client sent.
create table privacy_access_window (
    user_id        bigint       not null,
    action         varchar(20)  not null,
    subject_kind   varchar(40)  not null,
    subject_id     varchar(200) not null,
    purpose_hash   varchar(64)  not null,
    last_logged_at timestamp with time zone not null,
    constraint privacy_access_window_pk primary key (user_id, action, subject_kind, subject_id, purpose_hash)
);

create index privacy_access_window_time on privacy_access_window (last_logged_at);
