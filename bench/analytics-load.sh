#!/usr/bin/env bash
# Analytics performance (issue 16) on the local PostgreSQL: the demo's two years of figures, plus REPLIES reply facts
# (one per answered conversation) for the NAV Foreldrepenger team spread over two years, then the dashboard's and the
# year report's calls timed one after another. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/analytics-load.sh [REPLIES=1000000] [ROUNDS=200]
set -euo pipefail
cd "$(dirname "$0")/.."
replies=${1:-1000000}
rounds=${2:-200}
db=samtale_bench_analytics
. bench/postgres-app.sh $db

echo "generating $replies reply facts…" >&2
start=$(date +%s)
psql_ -d $db <<SQL
insert into analytics_reply_fact (reply_id, team_id, account_id, author_id, metric_day, sent_at,
    first_response_seconds, approval_wait_seconds, within_target)
select -100000000 - g, a.team_id, a.id, 1 + g % 4, current_date - (g % 730)::int,
       now() - make_interval(days => (g % 730)::int),
       60 + (g * 7919) % 14400, case when g % 5 = 0 then null else 30 + (g * 104729) % 3600 end,
       (60 + (g * 7919) % 14400) <= 7200
from generate_series(1::bigint, $replies) g,
     (select id, team_id from channels_account where name = 'NAV Foreldrepenger' and platform = 'FACEBOOK') a;
analyze analytics_reply_fact;
SQL
echo "generated in $(( $(date +%s) - start )) s" >&2
accounts=$(psql_ -d $db -t -A -c "select string_agg(id::text, ',') from channels_account")
team=$(psql_ -d $db -t -A -c "select team_id from channels_account where name = 'NAV Foreldrepenger' and platform = 'FACEBOOK'")
java bench/AnalyticsLoad.java reads "http://127.0.0.1:$port" demo-token-analytiker "$accounts" "$team" "$rounds"
