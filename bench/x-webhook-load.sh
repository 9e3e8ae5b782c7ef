#!/usr/bin/env bash
# Issue 19: a burst of X Activity API webhook deliveries, each stored before its 200 (HookWriter's group commit), on
# the local PostgreSQL. Measures, in one run: PostgreSQL's own one-row insert + commit rate (pgbench, 8 clients: the
# floor, as meta-processing.sh does); then signed deliveries for the demo's X account (four in five a new mention,
# one in five a new DM, bench/XWebhookLoad.java) offered at RATE/s for SECONDS; then counts in the database that
# every acknowledged delivery was stored exactly once, and how many reached the inbox (inbound messages, threaded
# into conversations) by the end of the burst and within DRAIN seconds after. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests -DskipFrontend package && bench/x-webhook-load.sh [RATE=1000] [SECONDS=30]
# Env: PORT (default a free one), DRAIN (seconds to wait for the inbox after the burst, default 120), KEEP_LOG=FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-1000}
seconds=${2:-30}
drain=${DRAIN:-120}
db=samtale_bench_x
secret=bench-x-consumer-secret
# The demo's X account is X user XFakePlatform.USER_ID; the webhook routes a delivery by data.filter.user_id.
user=1000000000000000001
head=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
. bench/pg-floor.sh

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d postgres \
  -c "drop database if exists $db with (force)" -c "create database $db"
floor=$(pg_floor $db)
echo "PostgreSQL one-row insert + commit, 8 clients, 10 s: $floor/s"

# The consumer secret makes the webhook check signatures with it (without it the demo signs with its public one).
export SAMTALE_X_CONSUMER_SECRET=$secret
. bench/postgres-app.sh $db # drops and makes the database afresh, starts the server; sets port, pid, data, psql_
stop() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [[ -n ${KEEP_LOG:-} ]]; then cp "$data/app.log" "$KEEP_LOG"; fi
  rm -rf "$data"
}
trap stop EXIT
base=http://127.0.0.1:$port
q() { psql_ -d $db -tA -c "$1"; }

account=$(q "select account_id from channels_connection where connector = 'X' and external_id = '$user'")
[[ -n $account ]] || { echo "the demo's X account ($user) is not connected" >&2; exit 1; }
crc=$(python3 -c 'import base64, hashlib, hmac, sys; print(base64.b64encode(hmac.new(sys.argv[1].encode(), b"bench", hashlib.sha256).digest()).decode())' $secret)
curl -fs "$base/webhooks/x?crc_token=bench" | grep -qF "sha256=$crc" \
  || { echo "the CRC challenge was not answered with the bench secret" >&2; exit 1; }

# Warm-up, so the JIT has compiled the path; then wait until it is all processed and threaded.
java bench/XWebhookLoad.java "$base" $secret $user $((rate < 500 ? rate : 500)) 5 >/dev/null
waiting() { q "select count(*) from channels_hook_delivery where state = 'RECEIVED'"; }
messages() { q "select count(*) from inbox_message"; }
for _ in $(seq 120); do
  m0=$(messages); sleep 2
  [[ $(waiting) == 0 && $(messages) == "$m0" ]] && break
done
before=$(pg_counters $db)
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

acks=$data/acks.tsv
log_from=$(($(wc -l <"$data/app.log") + 1))
start=$(date +%s.%N)
java bench/XWebhookLoad.java "$base" $secret $user "$rate" "$seconds" "$acks" | tee "$data/driver.txt"
ended=$(date +%s.%N)
echo "load average at the end of the burst: $(cut -d' ' -f1-3 /proc/loadavg)"
n=$((rate * seconds))
achieved=$(grep -o 'achieved [0-9]*/s' "$data/driver.txt" | grep -o '[0-9]*')

# What the driver was answered, beside what the database holds (body_hash is the SHA-256 of the body as sent).
psql_ -d $db -c "create table bench_x_sent (body_hash varchar(64) not null, external_id varchar(200) not null,
    status int not null)" -c "\copy bench_x_sent from '$acks'" -c "analyze bench_x_sent"
acked=$(q "select count(*) from bench_x_sent where status = 200")
stored_rows=$(q "select count(*) from bench_x_sent s join channels_hook_delivery d
    on d.platform = 'X' and d.body_hash = s.body_hash where s.status = 200")
stored_once=$(q "select count(*) from (select s.body_hash from bench_x_sent s join channels_hook_delivery d
    on d.platform = 'X' and d.body_hash = s.body_hash where s.status = 200 group by s.body_hash having count(*) = 1) x")
stored_unacked=$(q "select count(*) from bench_x_sent s join channels_hook_delivery d
    on d.platform = 'X' and d.body_hash = s.body_hash where s.status <> 200")
inbound() { q "select count(*) from bench_x_sent s join channels_inbound i
    on i.account_id = $account and i.external_id = s.external_id where s.status = 200"; }
threaded() { q "select count(*) from bench_x_sent s join channels_inbound i
    on i.account_id = $account and i.external_id = s.external_id join inbox_message m on m.inbound_id = i.id
    where s.status = 200"; }
since() { python3 -c "import time; print(f'{time.time() - $1:.1f}')"; }
in_at_end=$(inbound)
th_at_end=$(threaded)
took_in=
took_th=
for _ in $(seq $((drain * 2))); do
  [[ -z $took_in ]] && (($(inbound) >= acked)) && took_in=$(since "$ended")
  [[ -z $took_th ]] && (($(threaded) >= acked)) && took_th=$(since "$ended")
  [[ -n $took_in && -n $took_th ]] && break
  (($(since "$ended" | cut -d. -f1) >= drain)) && break
  sleep 0.5
done
in_final=$(inbound)
th_final=$(threaded)
echo "load average after the inbox was waited for: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 3
after=$(pg_counters $db)
states=$(q "select string_agg(state || ' ' || c, ', ' order by state) from (select d.state, count(*) c
    from bench_x_sent s join channels_hook_delivery d on d.platform = 'X' and d.body_hash = s.body_hash
    group by d.state) x")

row=$(python3 - "$n" "$rate" "$seconds" "$acked" "$stored_rows" "$stored_once" "$stored_unacked" "$achieved" \
  "$floor" "$in_at_end" "$th_at_end" "$in_final" "$th_final" "${took_in:-}" "${took_th:-}" "$drain" \
  "$(python3 -c "print($ended - $start)")" <<'PY'
import sys
(n, rate, seconds, acked, rows, once, unacked, achieved, floor, in_end, th_end, in_final, th_final) = map(int, sys.argv[1:14])
took_in, took_th, drain, run = sys.argv[14], sys.argv[15], sys.argv[16], float(sys.argv[17])
taken = achieved * acked / n
def reached(took, final):
    if took:
        return f"all {acked:,} {float(took):.1f} s after the burst ({acked / (run + float(took)):,.0f}/s over the run)"
    return f"{final:,} of {acked:,} within {drain} s after the burst"
print(f"| {n:,} at {rate}/s for {seconds} s | {acked:,} ({n - acked:,} not) | {once:,} of {acked:,} "
      f"({rows:,} rows; {unacked:,} stored without a 200) | {taken:,.0f}/s | {floor:,}/s | {taken / floor:.1%} "
      f"| {in_end:,} inbound, {th_end:,} threaded | {reached(took_in, in_final)} | {reached(took_th, th_final)} |")
PY
)
echo
echo "| deliveries offered | answered 200 | of those stored exactly once | acknowledged rate | PostgreSQL floor | rate / floor | in the inbox at the burst's end | inbound messages | threaded into conversations |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "$row"
echo
echo "States of the run's stored deliveries after waiting: $states."
echo
echo "Database work per delivery offered in the run and the wait after it (commits, and rows inserted + updated +"
echo "deleted per table; load-independent):"
echo
echo "| counter | per delivery |"
echo "|---|---|"
LC_ALL=C join -t'|' <(echo "$before") <(echo "$after") | awk -F'|' -v n=$n '{d=$3-$2; if (d>0) printf "| %s | %.2f |\n", $1, d/n}'
echo
warns=$(tail -n +$log_from "$data/app.log" | grep -c ' WARN \| ERROR ' || true)
echo "server log lines at WARN or ERROR from the burst on: $warns"
if ((warns > 0)); then
  # The logger and message without time and thread, most frequent first (the hook code logs class names, no payloads).
  tail -n +$log_from "$data/app.log" | grep ' WARN \| ERROR ' \
    | sed -E 's/^[^ ]+ +(WARN|ERROR) [0-9]+ --- \[[^]]*\] \[[^]]*\] *//' | cut -c1-200 \
    | sort | uniq -c | sort -rn | head -8 | sed 's/^/    /'
fi
echo "server resident memory after the run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
echo
echo "Command: \`bench/x-webhook-load.sh $rate $seconds\` at HEAD \`$head\`, $(date -u '+%Y-%m-%d %H:%M') UTC."
((stored_once == acked && stored_rows == acked)) \
  || { echo "**Not every acknowledged delivery was stored exactly once.**"; exit 1; }
