#!/usr/bin/env bash
# Search at national scale: 100,000 forum discussions with 1,000,000 messages on the local PostgreSQL, written
# from the evaluation corpus's sentences and vocabulary; then a start with no index folder (so the platform
# rebuilds the whole index from the database, as after losing the folder), timed from the application's own
# log line; then similar-question queries (the paraphrase questions, over HTTP with a demo token) with one and
# with four concurrent clients, each beside GET /api/v1/info on the same server; then how soon a new discussion is found. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && [REUSE=1] [JFR=FILE] bench/search-load.sh [QUERIES=3000]
set -euo pipefail
cd "$(dirname "$0")/.."
queries=${1:-3000}
jar=${JAR:-target/samtale.jar}
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
db=samtale_search_bench
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
# REUSE=1 keeps the database of an earlier run and measures only the rebuild and the queries again.
[[ ${REUSE:-0} == 1 ]] || psql_ -d postgres -c "drop database if exists $db" -c "create database $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
pid=
start_app() { # $1 = data folder, $2 = extra JVM options
  SAMTALE_DATA_DIR=$1 SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_SEARCH_RAM_BUFFER_MB=256 \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    java -Xmx2g ${2:-} -jar "$jar" >"$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the application did not start; see $1.log" >&2; exit 1
}
stop_app() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap 'stop_app; rm -rf "$work"' EXIT

if [[ ${REUSE:-0} != 1 ]]; then
# 1. Schema and demo organisation (spaces, users, tokens), then stop.
start_app "$work/first"
sleep 5
stop_app

# 2. 100,000 discussions x 10 messages, mixed from the corpus's sentences so the vocabulary and the term
#    statistics are those of real questions and answers.
. bench/forum-scale.sh
forum_scale_load $db "$work"
fi
messages=$(psql_ -d $db -tA -c "select count(*) from dialogue_message")
echo "$messages messages in the database" >&2

# 3. A start with a missing index folder rebuilds from the database; the application logs how long it took.
#    JFR=FILE records this start (rebuild and queries) for bench/JfrSummary.java.
start_app "$work/second" "${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile}"
for _ in $(seq 3600); do grep -q "Search index rebuilt" "$work/second.log" && break; sleep 1; done
line=$(grep "Search index rebuilt" "$work/second.log" | tail -1)
docs=$(sed -E 's/.*rebuilt: ([0-9]+) documents.*/\1/' <<<"$line")
msgs=$(sed -E 's/.* from ([0-9]+) messages.*/\1/' <<<"$line")
ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")
echo
echo "| rebuild | documents | messages | seconds | messages/s |"
echo "|---|---|---|---|---|"
python3 -c "print('| full, from PostgreSQL | $docs | $msgs | %.1f | %d |' % ($ms/1000, $msgs*1000/$ms))"

# 4. Similar-question queries: the paraphrase questions over HTTP, as the ask form sends them.
grep -E '^[0-9]' src/test/resources/search/paraphrases.txt | cut -d'|' -f2 >"$work/questions.txt"
echo
echo "| similar questions (HTTP, limit 5) | clients | requests | failed | p50 ms | p95 ms | p99 ms | max ms | req/s |"
echo "|---|---|---|---|---|---|---|---|---|"
for clients in 1 4; do
  for target in similar info; do
    java bench/SearchLoad.java "http://127.0.0.1:$port" demo-token-ansatt "$clients" "$queries" "$work/questions.txt" $target
  done
done

# 5. A new message searchable within: a discussion with a word nobody wrote before, posted over the API, then the
#    search page's query every 20 ms until it is found (the time from the 201 to the first hit), 20 times.
api=http://127.0.0.1:$port/api/v1
auth=(-H 'Authorization: Bearer demo-token-ansatt' -H 'Content-Type: application/json')
space=$(curl -fs "${auth[@]}" "$api/spaces?kind=TOPIC" | jq '[.items[] | select(.canPost)][0].id')
found=()
for i in $(seq 20); do
  word=ferskhet$RANDOM$i
  curl -fs "${auth[@]}" -d "{\"title\":\"Nytt spørsmål $word\",\"body\":\"Gjelder $word meg?\",\"question\":true}" \
    "$api/spaces/$space/discussions" >/dev/null
  t0=$(date +%s%N)
  until [[ $(curl -fs "${auth[@]}" "$api/search?q=$word" | jq .totalElements) -gt 0 ]]; do
    (( $(date +%s%N) - t0 < 30000000000 )) || { echo "message $word not searchable within 30 s" >&2; break; }
    sleep 0.02
  done
  found+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
echo
echo "| a new discussion searchable after (ms, 20 tries) | p50 | max |"
echo "|---|---|---|"
printf '%s\n' "${found[@]}" | sort -n | awk '{a[NR]=$1} END {printf "| posted over the API, found by GET /api/v1/search | %d | %d |\n", a[int((NR+1)/2)], a[NR]}'
echo
echo "machine: $(nproc) cores, load average before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
