-- Analytics keeps its own figures, written as events happen; it never reads other modules' tables.

-- Every counted event's key, so that a redelivered event counts once (same transaction as the count).
create table analytics_counted_event (
    event_key  varchar(200) primary key,
    counted_at timestamp with time zone not null
);

-- Per account and Norwegian day. followers and reach are the platform's own figures (null when it gives none).
create table analytics_account_day (
    account_id       bigint  not null,
    metric_day            date    not null,
    followers        bigint,
    reach            bigint,
    posts            integer not null default 0,
    comments         integer not null default 0,
    private_messages integer not null default 0,
    replies_sent     integer not null default 0,
    hidden_comments  integer not null default 0,
    primary key (account_id, metric_day)
);

-- One row per delivered reply: what the team figures (percentiles, SLA, replies per advisor) are computed from.
create table analytics_reply_fact (
    reply_id               bigint  primary key,
    team_id                bigint  not null,
    account_id             bigint  not null,
    author_id              bigint  not null,
    metric_day                  date    not null,
    sent_at                timestamp with time zone not null,
    first_response_seconds bigint,
    approval_wait_seconds  bigint,
    within_target          boolean
);

create index analytics_reply_fact_team_day on analytics_reply_fact (team_id, metric_day);
