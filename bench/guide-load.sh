#!/usr/bin/env bash
# The public channel guide beside a static file of the same server, in the same run: the jar with the demo guide on
# the embedded database (the guide reads no table per request, so the database does not matter), driven at RATE
# requests a second for SECONDS seconds by bench/GuideLoad.java, half to the guide (API and page) and half to a
# static file. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/guide-load.sh [RATE=2000] [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-30}
jar=${JAR:-target/samtale.jar}
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
SAMTALE_DATA_DIR=$work/data SAMTALE_DEMO=true SERVER_PORT=$port java -Xmx1g -jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
for _ in $(seq 120); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/public/guide?topic=pensjon") == 200 ]] && break
  sleep 0.5
done
static=$(ls target/classes/static/*.svg target/classes/static/*.ico 2>/dev/null | head -1 | xargs -n1 basename 2>/dev/null || true)
static=/${static:-index.html}
java bench/GuideLoad.java "http://127.0.0.1:$port" "$rate" "$seconds" "$static"
echo
echo "machine: $(nproc) cores, load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
