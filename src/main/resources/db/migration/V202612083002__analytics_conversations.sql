-- One row per inbox conversation as analytics saw it (from ConversationChanged): when it was first seen and when it
-- was closed, for a team's time to close.
create table analytics_conversation_fact (
    conversation_id bigint primary key,
    team_id         bigint not null,
    opened_at       timestamp with time zone not null,
    closed_at       timestamp with time zone,
    closed_day      date,
    close_seconds   bigint
);

create index analytics_conversation_fact_team_closed on analytics_conversation_fact (team_id, closed_day);
