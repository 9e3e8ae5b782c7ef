-- Connectors with OAuth tokens and a poll cursor (YouTube, X, LinkedIn): one connection per account.
-- Tokens are encrypted with SAMTALE_SECRET_KEY (TokenCipher). The row is also the lock that makes a token refresh
-- single-flight across nodes (select ... for update), and the poll lease that lets one node poll an account.

alter table channels_account drop constraint channels_account_connector_check;
alter table channels_account add constraint channels_account_connector_check
    check (connector in ('WEB_CHAT', 'SIMULATOR', 'META', 'BLOG', 'YOUTUBE', 'X', 'LINKEDIN', 'MANUAL'));

create table channels_connection (
    account_id         bigint        not null primary key references channels_account (id),
    connector          varchar(20)   not null,
    external_id        varchar(200),
    external_name      varchar(200),
    access_cipher      varchar(8000),
    refresh_cipher     varchar(8000),
    access_expires_at  timestamp with time zone,
    refresh_expires_at timestamp with time zone,
    scopes             varchar(2000),
    health             varchar(30)   not null,
    health_detail      varchar(500),
    health_date        timestamp with time zone,
    health_changed_at  timestamp with time zone not null,
    poll_cursor        varchar(8000),
    next_poll_at       timestamp with time zone,
    poll_lease_until   timestamp with time zone,
    poll_lease_owner   varchar(200),
    last_polled_at     timestamp with time zone,
    last_poll_error    varchar(500),
    connected_at       timestamp with time zone,
    constraint channels_connection_health_check check (health in ('NOT_CONNECTED', 'VALID', 'EXPIRING',
        'REFRESH_FAILING', 'REVOKED', 'SCOPE_MISSING', 'APP_NOT_APPROVED', 'VERSION_RETIRED', 'QUOTA_EXHAUSTED'))
);

create index channels_connection_due on channels_connection (next_poll_at);

-- A budget of platform calls: a platform app's (YouTube's quota is per Google project, shared by its channels) or
-- one account's (X's rate limits), keyed by the connector's BudgetPolicy. The breaker stops calls until its time
-- after the platform said the quota is spent.
create table channels_budget (
    budget_key     varchar(200)  not null primary key,
    limit_units    integer       not null,
    remaining      integer       not null,
    resets_at      timestamp with time zone not null,
    breaker_until  timestamp with time zone
);

-- An authorization started from the admin page: the state the platform sends back, and the PKCE verifier.
create table channels_oauth_state (
    state          varchar(100)  not null primary key,
    account_id     bigint        not null references channels_account (id),
    user_id        bigint        not null,
    code_verifier  varchar(200)  not null,
    redirect_uri   varchar(1000) not null,
    created_at     timestamp with time zone not null
);
