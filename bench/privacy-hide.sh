#!/usr/bin/env bash
# Issue 7: how long a public comment with an identity number stays visible. Signed Meta webhooks, one comment each,
# against the jar on a fresh PostgreSQL database; a fake Graph API in the driver notes when each is hidden.
# Usage: ./mvnw -DskipTests package && bench/privacy-hide.sh [COUNT=100] [PER_SECOND=5]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
per_second=${2:-5}
graph_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export SAMTALE_META_APP_SECRET=bench-app-secret SAMTALE_META_VERIFY_TOKEN=bench
export SAMTALE_META_GRAPH_URL=http://127.0.0.1:$graph_port
. bench/postgres-app.sh samtale_bench_privacy
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java bench/PrivacyHideLatency.java "http://127.0.0.1:$port" "$graph_port" bench-app-secret 1000000000001 "$count" "$per_second"
