#!/usr/bin/env bash
# The whole platform under load (issue 22): one node, then two nodes on the same PostgreSQL database, each driven by
# bench/PlatformLoad.java (forum reads and writes, search, inbox queue and four-eyes replies, citizens through the
# simulator and the web chat, Meta's webhook, the channel guide, notifications, and a static file of the same server
# as the in-run limit). Before that, PostgreSQL's own insert rate with pgbench on the same database, as the other
# limit. Prints Markdown for docs/benchmarks.md and the two-node/one-node ratio. Everything runs on this machine
# (the driver shares the cores with the nodes: say so beside the figures). Stops by itself.
# Usage: ./mvnw -DskipTests package && bench/platform-load.sh [SECONDS=60] [USERS=32] [PGBENCH_SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
users=${2:-32}
pg_seconds=${3:-15}
db=samtale_platform_bench
jar=target/samtale.jar
secret=platform-load-secret
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

pids=()
dirs=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for dir in "${dirs[@]}"; do cp "$dir/app.log" "target/platform-load-$(basename "$dir").log" 2>/dev/null || true; rm -rf "$dir"; done
  psql_ -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# Starts a node of the jar on the database; sets $base to its address.
start_node() {
  local name=$1 port data
  port=$(free_port)
  data=$(mktemp -d "/tmp/samtale-$name.XXXX")
  dirs+=("$data")
  SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_NODE_ID=$name \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    SAMTALE_META_APP_SECRET=$secret SAMTALE_META_VERIFY_TOKEN=load SAMTALE_META_GRAPH_URL=http://127.0.0.1:9 \
    SAMTALE_RATE_LIMIT_CHAT_SESSION=off SAMTALE_RATE_LIMIT_CHAT_MESSAGE=off SAMTALE_RATE_LIMIT_CHAT_MESSAGE_ADDRESS=off \
    java -Xmx1g -jar "$jar" >"$data/app.log" 2>&1 &
  pids+=($!)
  base=http://127.0.0.1:$port
  for _ in $(seq 1800); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "$base/actuator/health/readiness" >/dev/null || { echo "$name not ready; see $data/app.log" >&2; exit 1; }
}

psql_ -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $users users, $seconds s per run"
echo

# PostgreSQL's own limit: one-row inserts from 4 clients, each its own transaction, as the platform's writes are.
psql_ -d $db -c "create table bench_insert (id bigserial primary key, at timestamptz not null default now(), v text)"
script=$(mktemp)
echo "insert into bench_insert (v) values ('Når kommer pengene?');" >"$script"
tps=$(pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T "$pg_seconds" -f "$script" $db 2>/dev/null \
  | awk '/^tps/ {print int($3); exit}' || true)
rm -f "$script"
psql_ -d $db -c "drop table bench_insert"
echo "pgbench: $tps single-row insert transactions a second (4 clients, $pg_seconds s)"
echo

start_node node-a
a=$base
sleep 5 # the demo content's follow-up events settle
one=$(java bench/PlatformLoad.java "$seconds" "$users" "$secret" "$a")
echo "$one" | grep -v '^RESULT'
echo "load average after one node: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

start_node node-b
b=$base
sleep 5
two=$(java bench/PlatformLoad.java "$seconds" "$users" "$secret" "$a" "$b")
echo "$two" | grep -v '^RESULT'
echo "load average after two nodes: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

rate() { grep '^RESULT' <<<"$1" | sed 's/.*requests_per_s=\([0-9.]*\).*/\1/'; }
errors() { grep '^RESULT' <<<"$1" | sed 's/.*errors=\([0-9]*\).*/\1/'; }
r1=$(rate "$one")
r2=$(rate "$two")
echo "| nodes | requests/s (whole mix) | errors | requests/s per pgbench insert/s |"
echo "|---|---|---|---|"
awk -v r="$r1" -v e="$(errors "$one")" -v t="$tps" 'BEGIN { printf "| 1 | %.1f | %d | %.3f |\n", r, e, (t > 0 ? r / t : 0) }'
awk -v r="$r2" -v e="$(errors "$two")" -v t="$tps" 'BEGIN { printf "| 2 | %.1f | %d | %.3f |\n", r, e, (t > 0 ? r / t : 0) }'
awk -v a="$r1" -v b="$r2" 'BEGIN { printf "\ntwo nodes / one node: %.2f (the issue asks 1.8 on a machine where the nodes do not share cores with each other and the driver)\n", (a > 0 ? b / a : 0) }'
