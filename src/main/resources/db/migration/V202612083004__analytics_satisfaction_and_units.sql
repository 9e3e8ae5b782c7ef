-- The short satisfaction questions' surveys: one per account and moment (end of a web chat, an answered
-- conversation), made when first asked for.
create table analytics_satisfaction (
    account_id bigint      not null,
    moment     varchar(20) not null,
    survey_id  bigint      not null,
    primary key (account_id, moment)
);

-- The units an employee survey is for (none: every employee).
create table analytics_survey_unit (
    survey_id bigint not null,
    unit_id   bigint not null,
    primary key (survey_id, unit_id)
);
