-- When an outbox entry's latest attempt started, and whether the outcome of an attempt is still unknown (the process
-- died during the call, or the call got no answer): before the entry is sent again the platform is asked whether
-- the earlier attempt got through, and not before that attempt's call must have ended.
alter table channels_outbox add column attempt_started_at timestamp with time zone;
alter table channels_outbox add column outcome_unknown boolean default false not null;
