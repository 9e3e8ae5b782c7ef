-- Messages analytics' follower passed without counting, because counting them failed again and again (a row the
-- counting code cannot read): recorded so an administrator sees them and the follower does not stop for good on one.
create table analytics_follow_skip (
    feed       varchar(50) not null,
    message_id bigint not null,
    skipped_at timestamp with time zone not null,
    failure    varchar(200) not null,
    constraint analytics_follow_skip_pk primary key (feed, message_id)
);
