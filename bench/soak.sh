#!/usr/bin/env bash
# Long-run check: starts the jar exactly as the README does (embedded H2 in a fresh data folder, demo data) and uses it
# lightly (about one request a second: inbox, approvals, forum, search, citizens' messages and chat, the editorial calendar,
# figures, nettprat and ideas, the public channel guide and blog, the contact log, and a post published through four eyes
# every two minutes) for MINUTES,
# then reads its log. Fails on any answer of 500 or more, any request left unanswered, or any ERROR in the log.
# With a PostgreSQL database name as the second argument it runs on that database (dropped and created) instead.
# Usage: ./mvnw -DskipTests package && bench/soak.sh [MINUTES=35] [POSTGRES_DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-35}
if [[ -n ${2:-} ]]; then
  . bench/postgres-app.sh "$2"
else
  jar=target/samtale.jar
  [[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  data=$(mktemp -d)
  SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port java -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  # Keep the soak's own verdict as the exit status: waiting for the killed jar would otherwise leave 143.
  trap 'verdict=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; exit $verdict' EXIT
  for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
fi
echo "soak of $minutes minutes against http://127.0.0.1:$port (log: $data/app.log)"
status=0
java bench/Soak.java "http://127.0.0.1:$port" "$minutes" || status=1
errors=$(grep -c ' ERROR ' "$data/app.log" || true)
echo "ERROR lines in the application log: $errors"
grep ' ERROR ' "$data/app.log" | head -n 5 || true
cp "$data/app.log" "target/soak-app.log" 2>/dev/null || true
[[ $errors == 0 && $status == 0 ]]
