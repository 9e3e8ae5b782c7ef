-- The forum's figures per space, written from the dialogue and forum modules' events (and the demo's history).

-- Per space and Norwegian day: posts counted as MessagePosted happens; views only from imported history (live
-- views are the dialogue module's own view log, read through its API).
create table analytics_forum_day (
    space_id   bigint  not null,
    metric_day date    not null,
    views      bigint  not null default 0,
    posts      integer not null default 0,
    primary key (space_id, metric_day)
);

-- Posts per author, space and month (first day of the month): contributors and the 90-9-1 spread.
create table analytics_forum_poster (
    space_id     bigint  not null,
    metric_month date    not null,
    author_id    bigint  not null,
    posts        integer not null default 0,
    primary key (space_id, metric_month, author_id)
);

-- Imported history only: the people who read or wrote in a space in a month before Samtale counted them.
create table analytics_forum_month_history (
    space_id     bigint not null,
    metric_month date   not null,
    members      bigint not null,
    primary key (space_id, metric_month)
);

-- One row per question: when it was asked, first answered by someone else, and given a verified answer.
create table analytics_forum_question (
    discussion_id   bigint primary key,
    space_id        bigint not null,
    asker_id        bigint not null,
    asked_at        timestamp with time zone not null,
    asked_month     date   not null,
    first_answer_at timestamp with time zone,
    verified_at     timestamp with time zone
);

create index analytics_forum_question_space_month on analytics_forum_question (space_id, asked_month);

-- One row per escalation to a department: open until answered, overdue when open past its deadline.
create table analytics_forum_escalation (
    escalation_id bigint primary key,
    space_id      bigint not null,
    raised_at     timestamp with time zone not null,
    deadline      date,
    answered_at   timestamp with time zone
);

create index analytics_forum_escalation_space on analytics_forum_escalation (space_id, raised_at);
