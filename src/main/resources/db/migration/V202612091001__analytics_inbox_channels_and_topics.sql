-- The account a conversation came in on and the Norwegian day analytics first saw it: conversations per channel
-- and month (the contact log's channel mix) and per team and week (the editorial meeting). Rows written before this
-- have neither and are not counted per channel.
alter table analytics_conversation_fact add column account_id bigint;
alter table analytics_conversation_fact add column opened_day date;

create index analytics_conversation_fact_opened on analytics_conversation_fact (opened_day, account_id);
create index analytics_conversation_fact_team_opened on analytics_conversation_fact (team_id, opened_day);

-- How many of a team's new conversations in an ISO week (its Monday) used a word in their subject: the meeting's
-- rising topics. Only counts are kept, never the text; words used by fewer than five conversations are not shown.
create table analytics_inbox_word (
    team_id       bigint      not null,
    week_monday   date        not null,
    word          varchar(60) not null,
    conversations integer     not null default 0,
    primary key (team_id, week_monday, word)
);
