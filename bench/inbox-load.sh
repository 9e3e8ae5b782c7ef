#!/usr/bin/env bash
# Inbox performance (issue 5) on the local PostgreSQL: 1,000,000 conversations in the NAV Foreldrepenger team's
# history, then (1) advisors paging the queue, (2) the time until a drafted reply reaches the partner's open
# page, (3) citizen messages pushed at a fixed rate and stored durably. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/inbox-load.sh [RATE=2000] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-60}
db=samtale_bench_inbox
. bench/postgres-app.sh $db

echo "generating 1,000,000 conversations…" >&2
start=$(date +%s)
psql_ -d $db <<'SQL'
begin;
-- A year and more of one busy page: most conversations answered or closed, a realistic few still open.
insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject, correspondent_name,
    correspondent_external_id, opened_at, waiting_since, last_inbound_at, last_activity_at, first_response_at,
    closed_at, message_count)
select a.id, a.team_id, case when g % 10 < 7 then 'PUBLIC' else 'PRIVATE' end, 'bench-' || g,
       case when g % 1000 < 3 then 'NEW' when g % 1000 < 5 then 'IN_PROGRESS' when g % 1000 < 6 then 'AWAITING_APPROVAL'
            when g % 1000 < 400 then 'ANSWERED' else 'CLOSED' end,
       'Spørsmål ' || g || ': når kommer utbetalingen av foreldrepenger?', 'Borger ' || (g % 50000), 'u-' || (g % 50000),
       now() - make_interval(mins => g), now() - make_interval(mins => g), now() - make_interval(mins => g),
       now() - make_interval(mins => g), now() - make_interval(mins => g - 30),
       case when g % 1000 >= 400 then now() - make_interval(mins => g - 60) end, 2
from generate_series(1, 1000000) g,
     (select id, team_id from channels_account where name = 'NAV Foreldrepenger' and platform = 'FACEBOOK') a;
insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
select c.id, 'IN', c.kind, c.correspondent_name, c.subject, c.opened_at
from inbox_conversation c where c.thread_key like 'bench-%';
-- Made here, not received: the analytics follower of the inbox's messages starts after them (docs/analytics.md).
insert into analytics_follow_cursor (feed, last_id, followed_at)
select 'inbox-messages', coalesce(max(id), 0), now() from inbox_message
on conflict (feed) do update set last_id = excluded.last_id, followed_at = excluded.followed_at;
commit;
SQL
psql_ -d $db -c "vacuum analyze"
echo "generated in $(( $(date +%s) - start )) s" >&2
account=$(psql_ -d $db -tA -c "select id from channels_account where name = 'NAV Foreldrepenger' and platform = 'FACEBOOK'")
echo "database: $(psql_ -d $db -tA -c 'select count(*) from inbox_conversation') conversations" >&2

java bench/InboxLoad.java list "http://127.0.0.1:$port" demo-token-veileder1 20 30
echo
java bench/InboxLoad.java approval "http://127.0.0.1:$port" demo-token-admin "$account" demo-token-veileder1 demo-token-veileder2 50
echo
java bench/InboxLoad.java intake "http://127.0.0.1:$port" demo-token-admin "$account" "$rate" "$seconds"
echo
echo "inbound stored: $(psql_ -d $db -tA -c 'select count(*) from channels_inbound'), threaded into conversations so far: $(psql_ -d $db -tA -c 'select count(*) from inbox_message where inbound_id is not null')"
echo "server resident memory after the run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
