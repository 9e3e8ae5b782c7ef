#!/usr/bin/env bash
# Meta webhook intake (issue 6) on the local PostgreSQL: signed feed deliveries, one new comment each, posted at
# a fixed rate; each 200 means the delivery is stored durably (processing into the inbox follows asynchronously
# and is reported afterwards). Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/meta-webhook-load.sh [RATE=3000] [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-3000}
seconds=${2:-30}
jar=target/samtale.jar
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
db=samtale_bench_meta
secret=bench-app-secret
page=1000000000001
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "drop database if exists $db" -c "create database $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)

SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_META_APP_SECRET=$secret \
  SAMTALE_META_VERIFY_TOKEN=bench SAMTALE_META_GRAPH_URL=http://127.0.0.1:9 \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
# KEEP_LOG=FILE keeps the server's log (it holds no payloads) for a look afterwards.
cleanup() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [[ -n ${KEEP_LOG:-} ]]; then cp "$data/app.log" "$KEEP_LOG"; fi
  rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 5
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# A short warm-up, so the JIT has compiled the path before the measured run.
java bench/MetaWebhookLoad.java "http://127.0.0.1:$port" $secret $page 500 5 >/dev/null
java bench/MetaWebhookLoad.java "http://127.0.0.1:$port" $secret $page "$rate" "$seconds"
echo
stored=$(psql_ -d $db -tA -c 'select count(*) from channels_meta_delivery')
echo "deliveries stored: $stored; processed into the intake so far: $(psql_ -d $db -tA -c "select count(*) from channels_meta_delivery where state <> 'RECEIVED'")"
for _ in $(seq 120); do
  left=$(psql_ -d $db -tA -c "select count(*) from channels_meta_delivery where state = 'RECEIVED'")
  [[ $left == 0 ]] && break; sleep 1
done
echo "after draining: $(psql_ -d $db -tA -c "select count(*) from channels_meta_delivery where state = 'PROCESSED'") processed, $(psql_ -d $db -tA -c "select count(*) from channels_meta_delivery where state = 'RECEIVED'") still waiting, $(psql_ -d $db -tA -c "select count(*) from channels_inbound where external_id like '${page}_%'") comments in the intake"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server log lines at WARN or ERROR: $(grep -c ' WARN \| ERROR ' "$data/app.log" || true)"
echo "server resident memory after the run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
