#!/usr/bin/env bash
# A Noark 5 extract of a year of one team's journaled conversations (issue 21: 100,000 records in at most
# 10 minutes, memory flat). Starts target/samtale.jar with the demo on a fresh PostgreSQL database DB (dropped and
# made again) with a heap of HEAP, loads RECORDS closed folders by SQL (bench/archive-extract.sql: three
# journalposts and the two documents each, copies of a real thread's PDF/A and JSON), asks for the extract of the
# year through the API as the demo archivist, and follows it until READY with bench/ArchiveExtract.java, sampling
# the server's resident memory and heap every second. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/archive-extract.sh [RECORDS=100000]
#   env: DB (default bench_archive), HEAP (default 512m), PORT (default: a free one)
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-100000}
db=${DB:-bench_archive}
heap=${HEAP:-512m}
jar=${JAR:-target/samtale.jar}
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "drop database if exists $db" -c "create database $db"
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
SAMTALE_DATA_DIR=$work/data SAMTALE_DEMO=true SERVER_PORT=$port \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx"$heap" -jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { echo "not ready; see $work/app.log" >&2; exit 1; }
sleep 5 # the demo's own journaling settles
# The year: 365 days ending 40 days ago, so the period is over and the demo's last month lies inside it or after it.
to=$(date -u -d '40 days ago' +%F)
from=$(date -u -d "$to -364 days" +%F)
t0=$(date +%s)
psql_ -d "$db" -v records="$records" -v from="$from" -v to="$to" -f bench/archive-extract.sql
loaded=$(( $(date +%s) - t0 ))
java bench/ArchiveExtract.java "http://127.0.0.1:$port" "$pid" "$from" "$to" "$records" "$heap" "$loaded"

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
