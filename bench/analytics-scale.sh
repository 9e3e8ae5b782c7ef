#!/usr/bin/env bash
# Analytics at national scale (issue 16) on the local PostgreSQL: 30 accounts with two years of history, 1,000,000
# inbox conversations and 10,000,000 messages (7,000,000 of them citizens' messages through the intake, each counted
# once by analytics), loaded by SQL (generate_series) straight into the tables, since pushing ten million messages
# through the HTTP intake would take hours on this machine. Then (1) the dashboards and year reports
# (bench/AnalyticsLoad.java reads) and (2) the intake (bench/AnalyticsLoad.java intake) with and without the
# analytics listeners in the same run: the app is restarted with samtale.analytics.intake=true/false in turn (on, off,
# on, off), MESSAGES citizen messages are pushed each time, and the time until every listener has handled them (and,
# when on, analytics' follower of the inbox's messages has passed the last one) is taken.
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

. bench/national-scale.sh
national_scale_accounts "$base" $db
team=$(curl -fs "${admin[@]}" "$base/api/v1/channels/teams" | jq '.[] | select(.name == "NAV Foreldrepenger") | .id')
accounts=$(psql_ -d $db -tA -c "select string_agg(id::text, ',' order by id) from channels_account")
echo "accounts: $accounts" >&2

echo "generating 1,000,000 conversations and 10,000,000 messages…" >&2
start=$(date +%s)
national_scale_load $db 10 7
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

# The app again on the same database, with the analytics listeners and follower on or off.
restart() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  # The follower counts the inbox's messages from its cursor. Messages stored while it was off were never seen by the
  # listeners either; moved past them, an "on" run counts its own messages only.
  if [[ $1 == true ]]; then
    psql_ -d $db -tA -c "insert into analytics_follow_cursor (feed, last_id, followed_at)
      select 'inbox-messages', coalesce(max(id), 0), now() from inbox_message
      on conflict (feed) do update set last_id = excluded.last_id, followed_at = excluded.followed_at" >/dev/null
  fi
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
  # All threaded now; with analytics on, its follower's cursor must also have passed the last inbox message.
  if [[ $intake == true ]]; then
    for _ in $(seq 1200); do
      behind=$(psql_ -d $db -tA -c "select count(*) from analytics_follow_cursor
        where feed = 'inbox-messages' and last_id < (select max(id) from inbox_message)")
      [[ $behind == 0 ]] && break
      sleep 0.5
    done
  fi
  t1=$(date +%s.%N)
  read -r app1 pg1 < <(ticks)
  echo "| $n | $([[ $intake == true ]] && echo on || echo off) | $rate | $p50 | $p99 | $(echo "$t1 - $t0" | bc -l | xargs printf '%.1f') | $(echo "$messages / ($t1 - $t0)" | bc -l | xargs printf '%.0f') | $(echo "($app1 - $app0) / $hz" | bc -l | xargs printf '%.1f') | $(echo "($pg1 - $pg0) / $hz" | bc -l | xargs printf '%.1f') |"
done
echo
echo "machine: $(nproc) cores, load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
