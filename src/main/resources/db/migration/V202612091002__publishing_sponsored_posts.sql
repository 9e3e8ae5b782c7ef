-- Publishing: a post marked sponsored, with its budget (whole kroner), audience, goal and period. The budget is
-- approved by a second member of the team through the approval module (approval_id); spend and results are entered
-- by hand afterwards (there is no Marketing API connection).
create table publishing_sponsorship (
    post_id           bigint        primary key references publishing_post (id),
    team_id           bigint        not null,
    budget_nok        integer       not null,
    audience          varchar(1000) not null,
    goal              varchar(1000) not null,
    starts_on         date          not null,
    ends_on           date          not null,
    status            varchar(20)   not null,
    approval_id       bigint        not null,
    requested_by      bigint        not null,
    decided_by        bigint,
    rejection_comment varchar(2000),
    spend_nok         integer,
    reach             bigint,
    clicks            bigint,
    results           varchar(2000),
    results_by        bigint,
    updated_at        timestamp with time zone not null
);

create index publishing_sponsorship_team on publishing_sponsorship (team_id, starts_on);

-- A sponsored post's budget is checked by a second editor like every other decision that leaves the agency.
alter table approval_request drop constraint approval_request_kind_check;
alter table approval_request add constraint approval_request_kind_check
    check (subject_kind in ('REPLY', 'POST', 'COMPLAINT', 'SPONSORSHIP'));
