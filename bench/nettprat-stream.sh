#!/usr/bin/env bash
# The nettprat's live stream under load (issue 17): PAGES open pages on the demo's coming nettprat while questions
# and votes arrive, an answer every two seconds measured to every page; then the same number of pages on a forum
# discussion's stream (platform's SseHub) as the bare-SseEmitter comparison under the same requests,
# in the same run. Also the server's resident memory before and after opening the pages. Prints Markdown for
# docs/benchmarks.md. Uses the embedded database with demo data.
# Usage: ./mvnw -DskipTests package && bench/nettprat-stream.sh [PAGES=5000] [SECONDS=30] [QUESTIONS=20] [VOTES=200]
# SERVER_JAVA_OPTS are given to the server only (for example a flight recording); JAVA_TOOL_OPTIONS would reach the driver too.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-5000}
seconds=${2:-30}
questions=${3:-20}
votes=${4:-200}
jar=target/samtale.jar
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port java ${SERVER_JAVA_OPTS:-} -Xmx1g -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.2; done
base=http://127.0.0.1:$port
auth=(-H 'Authorization: Bearer demo-token-ansatt')
event=$(curl -fs "${auth[@]}" "$base/api/v1/events/live" | python3 -c 'import json,sys; print(next(e["id"] for e in json.load(sys.stdin)["items"] if e["state"] in ("SCHEDULED","LIVE")))')
space=$(curl -fs "${auth[@]}" "$base/api/v1/ideas" | python3 -c 'import json,sys; print(json.load(sys.stdin)["spaceId"])')
discussion=$(curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/spaces/$space/discussions" \
  --data '{"title":"Målt tråd for strømmen","body":"Åpen for måling av direktestrømmen.","question":false}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
sleep 2
rss_before=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
echo "server resident memory before the pages: $rss_before MiB" >&2
java -Xss512k bench/NettpratStream.java "$base" "$event" "$discussion" "$pages" "$seconds" "$questions" "$votes" &
driver=$!
# Read memory while the first measurement's pages are open (they open in the first minute).
sleep $(( pages / 1000 * 2 + 8 ))
rss_open=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
wait $driver
echo
echo "Server resident memory: $rss_before MiB before, $rss_open MiB with $pages nettprat pages open:" \
  "about $(( (rss_open - rss_before) * 1024 / pages )) KiB per open page (RSS, includes heap growth)."
