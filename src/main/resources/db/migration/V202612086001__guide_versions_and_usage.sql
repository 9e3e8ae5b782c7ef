-- The channel guide as editors keep it: each save is a new version, kept whole; the published one is the latest
-- published_at. Use is counted per day, topic, need and channel, with nothing about who used it.
create table guide_version (
    version      bigint                   not null primary key,
    document     varchar(1000000)         not null,
    saved_by     bigint                   not null,
    saved_at     timestamp with time zone not null,
    note         varchar(500),
    published_at timestamp with time zone,
    published_by bigint
);

create table guide_usage_day (
    usage_day date        not null,
    topic   varchar(60)  not null,
    need    varchar(60)  not null,
    channel varchar(20)  not null,
    routed  bigint       not null,
    chosen  bigint       not null,
    constraint guide_usage_day_key primary key (usage_day, topic, need, channel),
    constraint guide_usage_day_channel_check check (channel in ('SELF_SERVICE', 'CHAT', 'SOCIAL', 'PHONE', 'OFFICE'))
);
