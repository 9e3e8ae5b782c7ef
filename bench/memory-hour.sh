#!/usr/bin/env bash
# Memory under load (issue 23): one node started as the README starts it (default heap settings, demo data), on a
# fresh PostgreSQL database, driven for MINUTES by the whole-platform driver (bench/PlatformLoad.java: forum, search,
# inbox and four-eyes replies, citizens through the simulator and the web chat, Meta's webhook, the guide) with USERS
# closed-loop users. Samples the server's resident memory and heap every minute, and the heap after a full
# collection at the start and at the end (what the live objects hold, apart from when the collector last ran).
# Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/memory-hour.sh [MINUTES=60] [USERS=2] [DB=samtale_memory_bench]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-60}
users=${2:-2}
secret=memory-load-secret
# Read by postgres-app.sh's java process: the driver signs Meta deliveries and opens many chats from one address.
export SAMTALE_META_APP_SECRET=$secret SAMTALE_META_VERIFY_TOKEN=load SAMTALE_META_GRAPH_URL=http://127.0.0.1:9 \
  SAMTALE_RATE_LIMIT_CHAT_SESSION=off SAMTALE_RATE_LIMIT_CHAT_MESSAGE=off SAMTALE_RATE_LIMIT_CHAT_MESSAGE_ADDRESS=off
. bench/postgres-app.sh "${3:-samtale_memory_bench}"

rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
# "garbage-first heap   total 262144K, used 123456K" -> used MiB
heap_mib() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/heap/ && /used/ {gsub(/[K,]/, ""); for (i = 1; i <= NF; i++) if ($i == "used") {printf "%d", $(i + 1) / 1024; exit}}'; }
heap_after_gc_mib() { jcmd "$pid" GC.run >/dev/null; sleep 1; heap_mib; }
# The ten classes holding the most live heap (the histogram collects first), to see what any growth is made of.
histogram() { jcmd "$pid" GC.class_histogram 2>/dev/null | sed -n '3,13p' > "$data/histogram-$1.txt" || true; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $users users for $minutes min"
start_rss=$(rss_mib)
start_live=$(heap_after_gc_mib)
histogram start
java bench/PlatformLoad.java "$((minutes * 60))" "$users" "$secret" "http://127.0.0.1:$port" >"$data/load.txt" &
driver=$!
echo
echo "| minute | resident MiB | heap used MiB |"
echo "|---|---|---|"
echo "| 0 | $start_rss | $start_live (after a full collection) |"
for minute in $(seq "$minutes"); do
  sleep 60
  kill -0 "$driver" 2>/dev/null || break
  echo "| $minute | $(rss_mib) | $(heap_mib) |"
done
wait "$driver" || true
end_rss=$(rss_mib)
end_live=$(heap_after_gc_mib)
histogram end
echo "| end | $end_rss | $end_live (after a full collection) |"
echo
grep -v '^RESULT' "$data/load.txt"
grep '^RESULT' "$data/load.txt" || true
echo
echo "resident memory: $start_rss MiB at the start, $end_rss MiB at the end; heap after a full collection: $start_live MiB -> $end_live MiB"
echo "ERROR lines in the server log: $(grep -c ' ERROR ' "$data/app.log" || true)"
# Which ones, by logger and the start of the message (the log is deleted with the data folder when the script exits).
grep ' ERROR ' "$data/app.log" | sed -E 's/^[^ ]+ +ERROR [0-9]+ --- \[[^]]*\] \[[^]]*\] //' | cut -c1-160 | sort | uniq -c \
  | sort -rn | head -n 10 || true
echo
echo "live heap by class at the start and at the end (instances, bytes, class):"
echo '```'
echo "start:"; cat "$data/histogram-start.txt"; echo "end:"; cat "$data/histogram-end.txt"
echo '```'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
