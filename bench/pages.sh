#!/usr/bin/env bash
# The pages people open most, beside the stack's floor (issue 23, item 2): wrk against the API calls of the discussion
# page, a topic's discussion list, the inbox list, similar questions, the publishing calendar and the analytics
# dashboards, each followed by GET /api/v1/info on the same server in the same run, so every page's rate is set
# against the floor measured just before and just after it (the machine is shared; the load moves).
#
# National scale (the default) on a fresh PostgreSQL database: the demo organisation, 1,000,000 inbox conversations
# over 30 accounts and two years of daily figures, reply and conversation facts (bench/national-scale.sql, shared with
# bench/analytics-scale.sh; MESSAGES per conversation, default 2, of which INBOUND from the citizen, default 1),
# 100,000 forum discussions with 1,000,000 messages (bench/forum-scale.sh, shared with bench/search-load.sh), and a
# post every third day per account for two years (bench/pages-scale.sql). The rows are written by SQL with the
# application stopped, then it starts with an empty data folder and rebuilds its search index from the database
# (what it does after losing the folder), so similar questions search all 1,000,000 messages.
# --demo: only the demo data, on a fresh database.
#
# Usage: ./mvnw -B -q -DskipTests -DskipFrontend package && bench/pages.sh [--demo] [SECONDS=15] [CONNECTIONS=32]
# Env: BENCH_DB (default bench_pages / bench_pages_demo, dropped and made anew), PORT (default 18301),
#      REUSE=1 (keep the national database of an earlier run: only start, rebuild the index and measure),
#      LOAD_ONLY=1 (only make the national database, for REUSE=1 runs of several builds on the same data),
#      JFR=FILE (record the server with Java Flight Recorder while it is measured), WARM (warm-up seconds per page, 5),
#      ONLY=discussion,similar,… (measure only these rows, by their paths file's name; all are warmed up).
# Prints Markdown for docs/benchmarks.md. Needs wrk (Debian: apt-get install wrk), jq, python3, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=0
if [[ ${1:-} == --demo ]]; then demo=1; shift; fi
seconds=${1:-15}
connections=${2:-32}
threads=${THREADS:-2}
warm=${WARM:-5}
db=${BENCH_DB:-bench_pages$([[ $demo == 1 ]] && echo _demo || true)}
port=${PORT:-18301}
jar=${JAR:-target/samtale.jar}
base="http://127.0.0.1:$port"
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests -DskipFrontend package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
work=$(mktemp -d)
pid=
start_app() { # $1 = data folder; extra JVM options in $2
  SAMTALE_DATA_DIR=$1 SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_SEARCH_RAM_BUFFER_MB=256 \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    java -Xmx2g ${2:-} -jar "$jar" >"$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 900); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the application did not start; see $1.log" >&2; exit 1
}
stop_app() { [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=; }
trap 'stop_app; rm -rf "$work"' EXIT

jfr=
[[ -n ${JFR:-} ]] && jfr="-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true"
if [[ $demo == 0 && ${REUSE:-0} == 1 ]]; then
  echo "reusing the database $db" >&2
else
  psql_ -d postgres -c "drop database if exists $db" -c "create database $db"
fi
if [[ $demo == 1 ]]; then
  start_app "$work/app" "$jfr"
  sleep 10 # the demo content's follow-up events (search, analytics) settle
else
  if [[ ${REUSE:-0} != 1 ]]; then
    start_app "$work/first"
    . bench/national-scale.sh
    national_scale_accounts "$base" $db
    sleep 5
    stop_app
    echo "generating national scale…" >&2
    started=$(date +%s)
    national_scale_load $db "${MESSAGES:-2}" "${INBOUND:-1}"
    psql_ -d $db -f bench/pages-scale.sql
    . bench/forum-scale.sh
    forum_scale_load $db "$work"
    # What autovacuum does to tables that have settled in production: statistics and the visibility map.
    psql_ -d $db -c "vacuum analyze"
    echo "generated in $(( $(date +%s) - started )) s" >&2
    [[ ${LOAD_ONLY:-0} == 1 ]] && exit 0
  fi
  # An empty data folder: the application rebuilds the search index from the database before it is measured.
  start_app "$work/app" "$jfr"
  for _ in $(seq 3600); do grep -q "Search index rebuilt" "$work/app.log" && break; sleep 1; done
  grep "Search index rebuilt" "$work/app.log" | tail -1 >&2
  sleep 5
fi

q() { psql_ -d $db -tA -c "$1"; }
status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" "$base$1"; }
today=$(date +%F)
from30=$(date -d '29 days ago' +%F)
in13=$(date -d '13 days' +%F)

# The paths of each page, as its web page asks them, with the demo user who opens it.
echo "/api/v1/info" >"$work/info.txt"
spaces=()
for s in $(q "select id from dialogue_space order by id"); do
  [[ $(status "/api/v1/spaces/$s/discussions?size=1" demo-token-ansatt) == 200 ]] && spaces+=("$s")
done
in_spaces=$(IFS=,; echo "${spaces[*]}")
q "select '/api/v1/discussions/' || id from dialogue_discussion where space_id in ($in_spaces)
   order by md5(id::text) limit 5000" >"$work/discussion.txt"
pages=$([[ $demo == 1 ]] && echo 0 || echo "0 1 2 3 4")
for s in "${spaces[@]}"; do for p in $pages; do echo "/api/v1/spaces/$s/discussions?page=$p"; done; done >"$work/topics.txt"
printf '%s\n' /api/v1/inbox/conversations '/api/v1/inbox/conversations?sort=newest' \
  '/api/v1/inbox/conversations?status=NEW&kind=PRIVATE&assignee=none&sort=newest' >"$work/inbox.txt"
grep -E '^[0-9]' src/test/resources/search/paraphrases.txt | cut -d'|' -f2 | python3 -c '
import sys, urllib.parse
for line in sys.stdin:
    print("/api/v1/search/similar?limit=5&q=" + urllib.parse.quote(line.strip()))' >"$work/similar.txt"
echo "/api/v1/publishing/calendar?from=$today&to=$in13" >"$work/calendar.txt"
q "select '/api/v1/analytics/accounts/' || id || '/daily?from=$from30&to=$today' from channels_account" >"$work/account-figures.txt"
q "select '/api/v1/analytics/teams/' || id || '/service?from=$from30&to=$today' from teams_team
   where id in (select team_id from channels_account)" >"$work/team-service.txt"
echo "/api/v1/analytics/forum/monthly" >"$work/forum-figures.txt"

# name|paths|token|what the row says
rows=(
  "info, with a token|info|demo-token-ansatt|GET /api/v1/info with the same bearer token as the pages"
  "discussion page|discussion|demo-token-ansatt|GET /api/v1/discussions/{id} (records the reader's daily view)"
  "topic list|topics|demo-token-ansatt|GET /api/v1/spaces/{id}/discussions?page=$([[ $demo == 1 ]] && echo 0 || echo 0–4)"
  "inbox list|inbox|demo-token-veileder1|GET /api/v1/inbox/conversations (the queue, newest, new private unassigned)"
  "similar questions|similar|demo-token-ansatt|GET /api/v1/search/similar?limit=5&q= (the 142 paraphrase questions)"
  "publishing calendar|calendar|demo-token-redaktor|GET /api/v1/publishing/calendar (the next 14 days)"
  "analytics: account figures|account-figures|demo-token-analytiker|GET /api/v1/analytics/accounts/{id}/daily (30 days)"
  "analytics: team service|team-service|demo-token-analytiker|GET /api/v1/analytics/teams/{id}/service (30 days)"
  "analytics: forum figures|forum-figures|demo-token-analytiker|GET /api/v1/analytics/forum/monthly"
)
for row in "${rows[@]}"; do
  IFS='|' read -r name file token _ <<<"$row"
  first=$(head -1 "$work/$file.txt")
  code=$(status "$first" "$token")
  [[ $code == 200 ]] || { echo "$name: $first answers $code for $token; see $work/app.log" >&2; exit 1; }
done

run() { # $1 = paths, $2 = token, $3 = seconds: prints "req/s p50 p99 requests errors"
  wrk -t"$threads" -c"$connections" -d"$3"s --timeout 10s -s bench/pages.lua "$base" -- "$work/$1.txt" "$2" |
    awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}
echo "warming up ($warm s a page)…" >&2
run info "" "$warm" >/dev/null
for row in "${rows[@]}"; do IFS='|' read -r _ file token _ <<<"$row"; run "$file" "$token" "$warm" >/dev/null; done

counts=$(q "select (select count(*) from inbox_conversation), (select count(*) from dialogue_message),
  (select count(*) from dialogue_discussion), (select count(*) from analytics_account_day),
  (select count(*) from publishing_post)" | tr '|' ' ')
read -r conversations messages discussions days posts <<<"$counts"
echo
echo "Database: $conversations inbox conversations, $discussions forum discussions with $messages messages,"
echo "$days account-days of figures, $posts planned and published posts. wrk $threads threads, $connections connections,"
echo "$seconds s per row; each row's floor is GET /api/v1/info without a token, measured just before and just after it."
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared with the database, wrk and other work)."
echo
echo "| page | request | req/s | p50 ms | p99 ms | errors | database statements / request | rows read / request | /api/v1/info req/s around it | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|"
# PostgreSQL's own counters: every statement outside a transaction commits on its own, so commits per request are
# the round trips a page costs (a transaction counts once), and rows read say whether it scans.
stats() { q "select xact_commit + xact_rollback, tup_returned + tup_fetched from pg_stat_database where datname = '$db'"; }
read -r floor _ < <(run info "" "$seconds")
for row in "${rows[@]}"; do
  IFS='|' read -r name file token what <<<"$row"
  [[ -n ${ONLY:-} && ,$ONLY, != *,$file,* ]] && continue
  sleep 1 # the statistics are flushed about once a second
  IFS='|' read -r x0 r0 < <(stats)
  read -r rate p50 p99 requests errors < <(run "$file" "$token" "$seconds")
  sleep 1
  IFS='|' read -r x1 r1 < <(stats)
  read -r after _ < <(run info "" "$seconds")
  around=$(python3 -c "print(round(($floor + $after) / 2))")
  ratio=$(python3 -c "print('%d %%' % round(100 * $rate / (($floor + $after) / 2)))")
  per=$(python3 -c "print('%.1f | %.0f' % (($x1 - $x0) / max(1, $requests), ($r1 - $r0) / max(1, $requests)))")
  echo "| $name | $what | $(printf '%.0f' "$rate") | $p50 | $p99 | $errors | $per | $around | $ratio |"
  floor=$after
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg). Server resident memory: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB."
