#!/usr/bin/env bash
# Personal-data detector throughput on one core: the background articles and the demo data (JSON included, as the
# scanner sees it in webhook bodies) cut into message-sized pieces, a number of some kind in every third, about
# 20 MB scanned again and again for SECONDS after a 5 s warm-up. Prints Markdown for docs/benchmarks.md.
# SEEDS names the folder of background articles (default /work/shared/seeds).
# Usage: ./mvnw -B -o -q compile -DskipFrontend=true && bench/privacy-scan.sh [SECONDS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
[[ -d target/classes/no/samtale/privacy ]] || { echo "compile first: ./mvnw -B -o -q compile -DskipFrontend=true" >&2; exit 2; }
echo "| corpus | findings per round | seconds | CPU seconds | MB/s wall clock | MB/s of CPU time | bytes allocated per MB |"
echo "|---|---|---|---|---|---|---|"
# One core: taskset pins the JVM so its JIT and GC threads do not lend the scan a second core.
taskset -c 0 java -Xmx1g -XX:+UseSerialGC -cp target/classes bench/PrivacyScan.java "$seconds" \
  "${SEEDS:-/work/shared/seeds}"/*.txt src/main/resources/demo/*.json
echo
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
