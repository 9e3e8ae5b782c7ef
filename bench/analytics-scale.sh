#!/usr/bin/env bash
# Analytics at national scale (issue 16) on the local PostgreSQL: 30 accounts with two years of history, 1,000,000
# inbox conversations and 10,000,000 messages (7,000,000 of them citizens' messages through the intake, each counted
# once by analytics), loaded by SQL (generate_series) straight into the tables, since pushing ten million messages
# through the HTTP intake would take hours on this machine. Then (1) the dashboards and year reports
# (bench/AnalyticsLoad.java reads) and (2) the intake (bench/AnalyticsLoad.java intake) with and without the
# analytics listeners in the same run: the app is restarted with samtale.analytics.intake=true/false in turn (on, off,
# on, off), MESSAGES citizen messages are pushed each time, and the time until every listener has handled them is taken.
# Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/analytics-scale.sh [ROUNDS=100] [MESSAGES=10000]
# BENCH_DB= names the database (dropped and made anew), PORT= the app's port.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-100}
messages=${2:-10000}
db=${BENCH_DB:-samtale_bench_analytics_scale}
. bench/postgres-app.sh $db
base="http://127.0.0.1:$port"
admin=(-H "Authorization: Bearer demo-token-admin" -H "Content-Type: application/json")

team=$(curl -fs "${admin[@]}" "$base/api/v1/channels/teams" | jq '.[] | select(.name == "NAV Foreldrepenger") | .id')
have=$(psql_ -d $db -tA -c "select count(*) from channels_account")
for i in $(seq $((have + 1)) 30); do
  curl -fs "${admin[@]}" -X POST "$base/api/v1/channels/accounts" -d "{\"platform\": \"FACEBOOK\",
    \"name\": \"Skala $i\", \"handle\": \"skala$i\", \"teamId\": $team, \"connector\": \"SIMULATOR\",
    \"openingHours\": {\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"16:00\"},
    \"responseTargetMinutes\": 60, \"privateRepliesNeedApproval\": true}" >/dev/null
done
accounts=$(psql_ -d $db -tA -c "select string_agg(id::text, ',' order by id) from channels_account")
echo "accounts: $accounts" >&2

echo "generating 1,000,000 conversations and 10,000,000 messages…" >&2
start=$(date +%s)
psql_ -d $db <<'SQL'
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
       case when g % 1000 >= 300 then now() - make_interval(mins => (g * 1051) % (730 * 1440) - 300) end, 10
from generate_series(1, 1000000) g join scale_account a on a.n = g % 30;
-- Ten messages each: seven from the citizen (each an intake row), three answers.
insert into channels_inbound (account_id, external_id, kind, thread_external_id, author_external_id, author_name,
    body, sent_at, received_at)
select c.account_id, c.thread_key || '-' || k, c.kind, c.thread_key, c.correspondent_external_id,
       c.correspondent_name, 'Når kommer utbetalingen? Melding ' || k, c.opened_at + make_interval(mins => k * 20),
       c.opened_at + make_interval(mins => k * 20)
from inbox_conversation c, generate_series(1, 7) k where c.thread_key like 'scale-%';
insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
select c.id, case when k <= 7 then 'IN' else 'OUT' end, c.kind, c.correspondent_name,
       'Når kommer utbetalingen? Melding ' || k, c.opened_at + make_interval(mins => k * 20)
from inbox_conversation c, generate_series(1, 10) k where c.thread_key like 'scale-%';
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
SQL
psql_ -d $db -c "vacuum analyze"
echo "generated in $(( $(date +%s) - start )) s" >&2
echo "database: $(psql_ -d $db -tA -c "select pg_size_pretty(pg_database_size('$db'))"); \
$(psql_ -d $db -tA -c 'select count(*) from inbox_conversation') conversations, \
$(psql_ -d $db -tA -c 'select count(*) from inbox_message') messages, \
$(psql_ -d $db -tA -c 'select count(*) from channels_inbound') intake rows, \
$(psql_ -d $db -tA -c "select count(*) from analytics_reply_fact where team_id = $team") reply facts in NAV Foreldrepenger"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java bench/AnalyticsLoad.java reads "$base" demo-token-analytiker "$accounts" "$team" "$rounds"
echo
echo "load average after the reads: $(cut -d' ' -f1-3 /proc/loadavg)"

# The app again on the same database, with the analytics listeners on or off.
restart() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_ANALYTICS_INTAKE=$1 \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    java -jar "$jar" >>"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
  sleep 10 # let start-up's own work settle
}
ticks() { # CPU ticks of the app and of its database connections
  local pg=0
  for p in $(psql_ -d $db -tA -c "select pid from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()"); do
    [[ -r /proc/$p/stat ]] && pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat) ))
  done
  echo "$(awk '{print $14 + $15}' /proc/$pid/stat) $pg"
}
echo
echo "| run | analytics listeners | acknowledged/s | ack p50 ms | ack p99 ms | all listeners done after s | handled/s | app CPU s | database CPU s |"
echo "|---|---|---|---|---|---|---|---|---|"
hz=$(getconf CLK_TCK)
n=0
for intake in true false true false; do
  n=$((n + 1))
  restart $intake
  read -r app0 pg0 < <(ticks)
  t0=$(date +%s.%N)
  read -r rate p50 p99 _ < <(java bench/AnalyticsLoad.java intake "$base" demo-token-admin "$accounts" "$messages" 16 "run$n-$(date +%s)")
  for _ in $(seq 1200); do
    left=$(psql_ -d $db -tA -c "select count(*) from event_publication where completion_date is null
      and publication_date >= to_timestamp($t0)")
    [[ $left == 0 ]] && break
    sleep 0.5
  done
  t1=$(date +%s.%N)
  read -r app1 pg1 < <(ticks)
  echo "| $n | $([[ $intake == true ]] && echo on || echo off) | $rate | $p50 | $p99 | $(echo "$t1 - $t0" | bc -l | xargs printf '%.1f') | $(echo "$messages / ($t1 - $t0)" | bc -l | xargs printf '%.0f') | $(echo "($app1 - $app0) / $hz" | bc -l | xargs printf '%.1f') | $(echo "($pg1 - $pg0) / $hz" | bc -l | xargs printf '%.1f') |"
done
echo
echo "machine: $(nproc) cores, load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
