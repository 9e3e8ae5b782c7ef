#!/usr/bin/env bash
# Publishing performance (issue 15) on the local PostgreSQL: 30 accounts (simulator connector) of the NAV
# Foreldrepenger team with 10,000 posts in this month, a third of them published with comment threads in the inbox,
# then (1) the calendar page's calls as an editor (the month grid: counts and the first five posts a day; the list's
# first page; a day's "N more"; the older whole-period shape for comparison) beside a static file of the same server, and (2) N posts due in the
# same minute on the demo's Facebook page (Meta connector) against a fake Graph API (bench/PublishingLoad.java graph,
# 100 ms an answer), written, submitted and approved over the API, how long after their minute each was handed to
# the platform, and whether any reached it twice. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/publishing-load.sh [ROUNDS=200] [DUE=1000]
# BENCH_DB= names the database (dropped and made anew), PORT= the app's port.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-200}
due_posts=${2:-1000}
db=${BENCH_DB:-samtale_bench_publishing}
graph_port=${GRAPH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
graph_log=$(mktemp)
java bench/PublishingLoad.java graph "$graph_port" "$graph_log" 100 &
gpid=$!
export SAMTALE_META_GRAPH_URL=http://127.0.0.1:$graph_port SAMTALE_META_APP_SECRET=bench-publishing-secret SAMTALE_META_VERIFY_TOKEN=bench
. bench/postgres-app.sh $db
trap 'kill $pid $gpid 2>/dev/null; wait $pid $gpid 2>/dev/null; rm -rf "$data" "$graph_log"' EXIT
base="http://127.0.0.1:$port"
admin=(-H "Authorization: Bearer demo-token-admin" -H "Content-Type: application/json")

team=$(curl -fs "${admin[@]}" "$base/api/v1/channels/teams" | jq '.[] | select(.name == "NAV Foreldrepenger") | .id')
accounts=()
for i in $(seq 1 30); do
  accounts+=("$(curl -fs "${admin[@]}" -X POST "$base/api/v1/channels/accounts" -d "{\"platform\": \"FACEBOOK\",
    \"name\": \"Bench $i\", \"handle\": \"bench$i\", \"teamId\": $team, \"connector\": \"SIMULATOR\",
    \"openingHours\": {\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"16:00\"},
    \"responseTargetMinutes\": 60, \"privateRepliesNeedApproval\": true}" | jq .id)")
done
ids=$(IFS=,; echo "${accounts[*]}")
echo "30 accounts: $ids" >&2

start=$(date +%s)
psql_ -d $db <<SQL
begin;
-- 10,000 posts over this month (Norwegian days), a third published with the platform's id, the rest planned.
insert into publishing_post (account_id, team_id, author_id, text, publish_at, status, version, external_id,
    created_at, updated_at, published_at)
select a.id, a.team_id, (select id from identity_user where username = 'redaktor'),
       'Innlegg ' || g || ': husk å søke foreldrepenger i god tid før permisjonen starter.',
       date_trunc('month', now() at time zone 'Europe/Oslo') at time zone 'Europe/Oslo'
         + make_interval(mins => (g * 37) % (28 * 24 * 60)),
       case when g % 3 = 0 then 'PUBLISHED' when g % 3 = 1 then 'SCHEDULED' else 'DRAFT' end, 1,
       case when g % 3 = 0 then 'bench-post-' || g end, now(), now(),
       case when g % 3 = 0 then now() end
from generate_series(1, 10000) g
join (select id, team_id, row_number() over (order by id) - 1 n from channels_account where id in ($ids)) a
  on a.n = g % 30;
-- Five comment threads of two messages under each published post.
insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject, correspondent_name,
    correspondent_external_id, context_external_id, context_body, opened_at, waiting_since, last_inbound_at,
    last_activity_at, message_count)
select p.account_id, p.team_id, 'PUBLIC', p.external_id || '-c' || k, 'ANSWERED', 'Spørsmål ' || k,
       'Borger ' || k, 'u-' || k, p.external_id, p.text, now(), now(), now(), now(), 2
from publishing_post p, generate_series(1, 5) k
where p.external_id like 'bench-post-%';
insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
select c.id, 'IN', 'PUBLIC', c.correspondent_name, c.subject, c.opened_at
from inbox_conversation c, generate_series(1, 2) k
where c.context_external_id like 'bench-post-%';
-- Made here, not received: the analytics follower of the inbox's messages starts after them (docs/analytics.md).
insert into analytics_follow_cursor (feed, last_id, followed_at)
select 'inbox-messages', coalesce(max(id), 0), now() from inbox_message
on conflict (feed) do update set last_id = excluded.last_id, followed_at = excluded.followed_at;
commit;
SQL
psql_ -d $db -c "vacuum analyze"
echo "generated in $(( $(date +%s) - start )) s" >&2

static=$(ls target/classes/static/*.svg 2>/dev/null | head -1 | xargs -n1 basename 2>/dev/null || true)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java bench/PublishingLoad.java calendar "$base" demo-token-redaktor "$rounds" "/${static:-favicon.svg}"
echo
echo "load average after the calendar: $(cut -d' ' -f1-3 /proc/loadavg)"

page=$(psql_ -d $db -tA -c "select id from channels_account where name = 'NAV Foreldrepenger' and platform = 'FACEBOOK' and connector = 'META'")
due=$(java bench/PublishingLoad.java due "$base" demo-token-redaktor demo-token-redaktor2 "$page" "$due_posts" 8 | tail -1)
echo "$due_posts posts due at $due" >&2
deadline=$(( $(date -d "$due" +%s) + 180 ))
while (( $(date +%s) < deadline )); do
  left=$(psql_ -d $db -tA -c "select count(*) from publishing_post where text like 'Bench due $due nr %' and status <> 'PUBLISHED'")
  [[ $left == 0 ]] && break
  sleep 2
done
echo
echo "| posts due at $due | count |"
echo "|---|---|"
psql_ -d $db -tA -F ' | ' <<SQL | sed 's/^/| /; s/$/ |/'
with due as (select p.id, p.status, o.attempts, o.sent_at, o.idempotency_key
             from publishing_post p left join channels_outbox o on o.id = p.outbox_id
             where p.text like 'Bench due $due nr %')
select 'written, submitted and approved', count(*) from due
union all select 'published', count(*) from due where status = 'PUBLISHED'
union all select 'outbox entries (one per post and wording)', count(idempotency_key) from due
union all select 'attempts at the connector', coalesce(sum(attempts), 0) from due;
SQL
echo "| POST /{page}/feed received by the fake Graph API | $(grep -c "/feed .*Bench due $due nr " "$graph_log" || true) |"
echo "| posts the fake Graph API received more than once | $(grep "/feed .*Bench due $due nr " "$graph_log" | grep -o "nr [0-9]*" | sort | uniq -d | wc -l) |"
echo
echo "| handed to the connector after the due minute | seconds |"
echo "|---|---|"
psql_ -d $db -tA -F ' | ' <<SQL | sed 's/^/| /; s/$/ |/'
with lag as (select extract(epoch from o.sent_at - timestamp with time zone '$due') s
             from publishing_post p join channels_outbox o on o.id = p.outbox_id
             where p.text like 'Bench due $due nr %' and o.sent_at is not null)
select 'first', round(min(s)::numeric, 1) from lag
union all select 'p50', round((percentile_disc(0.5) within group (order by s))::numeric, 1) from lag
union all select 'p99', round((percentile_disc(0.99) within group (order by s))::numeric, 1) from lag
union all select 'last', round(max(s)::numeric, 1) from lag;
SQL
echo
echo "machine: $(nproc) cores, load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
