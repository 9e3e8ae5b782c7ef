#!/usr/bin/env bash
# Measures how long target/samtale.jar takes from `java -jar` to a ready service (readiness probe 200) on a new,
# empty embedded database with demo data, and how much memory it holds once ready. Runs RUNS times (default 5)
# and prints each run and the median as Markdown rows for docs/benchmarks.md. Besides the wall-clock time it reports
# the CPU seconds (user + system) the process had used when it became ready: on a machine shared with other work
# that figure moves far less than the wall clock.
# Usage: ./mvnw -DskipTests package && bench/startup.sh [RUNS]
# JAVA_OPTS adds JVM options (to measure a CDS archive, say) and JAR names another jar; the defaults are the README's
# run command.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=${JAR:-target/samtale.jar}
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

ready_ms=() cpu_ms=() rss_mb=() heap_mb=()
ticks=$(getconf CLK_TCK)
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port java ${JAVA_OPTS:-} -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.05
  done
  end=$(date +%s%N)
  # utime and stime, fields 14 and 15 of /proc/PID/stat (after the command name, which is in parentheses)
  cpu=$(awk -v t="$ticks" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / t)}' /proc/$pid/stat)
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { echo "not ready; see $data/app.log" >&2; kill $pid; exit 1; }
  sleep 2 # let start-up work settle before reading memory
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  # heap in use from the JVM itself: /actuator/prometheus asks for the metrics token
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/heap .*used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit}}' || true)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  ready_ms+=($(( (end - start) / 1000000 ))) cpu_ms+=("$cpu") rss_mb+=("$rss") heap_mb+=("$heap")
  echo "| run $run | ${ready_ms[-1]} ms | ${cpu_ms[-1]} ms | ${rss_mb[-1]} MiB | ${heap_mb[-1]} MiB |"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| median of $runs | $(median "${ready_ms[@]}") ms | $(median "${cpu_ms[@]}") ms | $(median "${rss_mb[@]}") MiB | $(median "${heap_mb[@]}") MiB |"
