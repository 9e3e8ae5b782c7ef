-- National scale for the inbox and analytics (issue 16, reused by issue 23's pages): two years of daily figures
-- for every account, 1,000,000 inbox conversations over all accounts and two years, :messages messages each (the
-- first :inbound from the citizen, each an intake row that analytics counted once), and the conversation and
-- reply facts analytics keeps of them. Written straight into the tables by generate_series, since pushing this
-- through the HTTP intake would take hours on this machine. Run with psql on a database that already has the
-- schema, the demo organisation and the accounts (bench/national-scale.sh):
--   psql -v messages=10 -v inbound=7 -f bench/national-scale.sql
-- One transaction, so a running app's analytics follower never sees these messages: it is moved past them at the end.
begin;
create temporary table scale_account as
  select id, team_id, row_number() over (order by id) - 1 n from channels_account;
-- Two years of daily figures for the accounts the demo did not fill.
insert into analytics_account_day (account_id, metric_day, followers, reach, posts, comments, private_messages,
    replies_sent, hidden_comments)
select a.id, current_date - d, 10000 + d, 5000 + (d * 7919) % 9000, 2, 100 + (d * 31) % 80, 10 + d % 7, 60 + d % 40,
       d % 3
from scale_account a, generate_series(1, 730) d
on conflict do nothing;
-- 1,000,000 conversations over the 30 accounts and two years, nearly all answered or closed.
insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject, correspondent_name,
    correspondent_external_id, context_external_id, opened_at, waiting_since, last_inbound_at, last_activity_at,
    first_response_at, closed_at, message_count)
select a.id, a.team_id, case when g % 10 < 7 then 'PUBLIC' else 'PRIVATE' end, 'scale-' || g,
       case when g % 1000 < 4 then 'NEW' when g % 1000 < 300 then 'ANSWERED' else 'CLOSED' end,
       'Spørsmål om foreldrepenger ' || g % 1000, 'Borger ' || g % 100000, 'u-' || g % 100000,
       case when g % 10 < 7 then 'post-' || g % 20000 end,
       now() - make_interval(mins => (g * 1051) % (730 * 1440)), now() - make_interval(mins => (g * 1051) % (730 * 1440)),
       now() - make_interval(mins => (g * 1051) % (730 * 1440)), now() - make_interval(mins => (g * 1051) % (730 * 1440)),
       now() - make_interval(mins => (g * 1051) % (730 * 1440) - 90),
       case when g % 1000 >= 300 then now() - make_interval(mins => (g * 1051) % (730 * 1440) - 300) end, :messages
from generate_series(1, 1000000) g join scale_account a on a.n = g % 30;
-- :messages messages each: the first :inbound from the citizen (each an intake row), the rest answers.
insert into channels_inbound (account_id, external_id, kind, thread_external_id, author_external_id, author_name,
    body, sent_at, received_at)
select c.account_id, c.thread_key || '-' || k, c.kind, c.thread_key, c.correspondent_external_id,
       c.correspondent_name, 'Når kommer utbetalingen? Melding ' || k, c.opened_at + make_interval(mins => k * 20),
       c.opened_at + make_interval(mins => k * 20)
from inbox_conversation c, generate_series(1, :inbound) k where c.thread_key like 'scale-%';
insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
select c.id, case when k <= :inbound then 'IN' else 'OUT' end, c.kind, c.correspondent_name,
       'Når kommer utbetalingen? Melding ' || k, c.opened_at + make_interval(mins => k * 20)
from inbox_conversation c, generate_series(1, :messages) k where c.thread_key like 'scale-%';
-- What analytics keeps of them: every inbound counted once, a conversation fact and a reply fact each.
insert into analytics_counted_event (event_key, counted_at)
select 'inbound:' || id, received_at from channels_inbound where external_id like 'scale-%';
insert into analytics_conversation_fact (conversation_id, team_id, account_id, opened_at, opened_day, closed_at,
    closed_day, close_seconds)
select id, team_id, account_id, opened_at, cast(opened_at at time zone 'Europe/Oslo' as date), closed_at,
       cast(closed_at at time zone 'Europe/Oslo' as date), extract(epoch from closed_at - opened_at)::bigint
from inbox_conversation where thread_key like 'scale-%';
insert into analytics_reply_fact (reply_id, team_id, account_id, author_id, metric_day, sent_at,
    first_response_seconds, approval_wait_seconds, within_target)
select -300000000 - c.id, c.team_id, c.account_id, 1 + c.id % 40, cast(c.first_response_at at time zone 'Europe/Oslo' as date),
       c.first_response_at, 60 + (c.id * 7919) % 14400,
       case when c.id % 5 = 0 then null else 30 + (c.id * 104729) % 3600 end, (60 + (c.id * 7919) % 14400) <= 3600
from inbox_conversation c where c.thread_key like 'scale-%';
-- Analytics counted these (above); its follower of the inbox's messages starts after them.
insert into analytics_follow_cursor (feed, last_id, followed_at)
select 'inbox-messages', coalesce(max(id), 0), now() from inbox_message
on conflict (feed) do update set last_id = excluded.last_id, followed_at = excluded.followed_at;
commit;
