-- Page and post figures pulled daily from the platforms (Meta's insights), one row per account, object (the page
-- or a post), metric and day, so a pull repeated the same day overwrites instead of adding. Column names avoid
-- H2's keywords (day, value).
create table channels_figure (
    account_id   bigint       not null references channels_account (id),
    object_id    varchar(200) not null,
    object_kind  varchar(10)  not null,
    metric       varchar(100) not null,
    figure_date  date         not null,
    figure_value bigint       not null,
    fetched_at   timestamp with time zone not null,
    primary key (account_id, object_id, metric, figure_date),
    constraint channels_figure_kind_check check (object_kind in ('PAGE', 'POST'))
);

create index channels_figure_account_date on channels_figure (account_id, figure_date);

-- Scheduled posts go out through the outbox like every other action; publish_at is when the platform publishes.
alter table channels_outbox add column publish_at timestamp with time zone;
alter table channels_outbox drop constraint channels_outbox_action_check;
alter table channels_outbox add constraint channels_outbox_action_check
    check (action in ('REPLY', 'REPLY_PRIVATELY', 'MESSAGE', 'HIDE', 'UNHIDE', 'DELETE', 'PUBLISH', 'SCHEDULE'));
create index channels_outbox_account_action on channels_outbox (account_id, action);

-- How far back a Meta account's comments are known to be complete: backfills after downtime fetch from here.
alter table channels_meta_page add column backfilled_until timestamp with time zone;

-- Profile names of Messenger and Instagram senders, looked up once per sender. A null name is a failed lookup,
-- tried again after a day. Names are personal data: they live here and in the intake, never in a log.
create table channels_meta_sender (
    account_id   bigint       not null references channels_account (id),
    sender_id    varchar(200) not null,
    name         varchar(200),
    looked_up_at timestamp with time zone not null,
    primary key (account_id, sender_id)
);
