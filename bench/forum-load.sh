#!/usr/bin/env bash
# Forum read performance at national scale: 100,000 discussions and 1,000,000 messages on the local PostgreSQL,
# then 50 concurrent readers on the discussion page API and the topic's discussion list (once reading as fast as
# answers come, once pausing about a second between pages as people do), and one discussion with 1,000
# messages. Prints Markdown for docs/benchmarks.md.
# Usage: ./mvnw -DskipTests package && bench/forum-load.sh [READERS=50] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/.."
readers=${1:-50}
seconds=${2:-60}
db=samtale_bench
. bench/postgres-app.sh $db

echo "generating 100,000 discussions and 1,000,000 messages…" >&2
start=$(date +%s)
psql_ -d $db <<'SQL'
insert into dialogue_discussion (space_id, title, author_id, question, status, message_count, view_count, created_at, last_activity_at)
select s.ids[1 + g % array_length(s.ids, 1)],
       'Benchmark ' || g || ': hvordan beregnes sykepenger når arbeidsforholdet er nytt?',
       u.ids[1 + g % array_length(u.ids, 1)], true, 'ANSWERED', 10, 0,
       now() - make_interval(mins => g), now() - make_interval(mins => g)
from generate_series(1, 100000) g,
     (select array_agg(id order by id) ids from dialogue_space) s,
     (select array_agg(id order by id) ids from identity_user) u;

insert into dialogue_message (discussion_id, author_id, kind, body, body_html, created_at)
select d.id, u.ids[1 + (d.id + k) % array_length(u.ids, 1)], 'POST',
       'Svar ' || k || ': Sykepengegrunnlaget fastsettes ut fra gjennomsnittet av inntekten de tre siste månedene. '
         || 'Er arbeidsforholdet nytt, brukes den avtalte inntekten. Se **folketrygdloven § 8-28** og rundskrivet.',
       '<p>Svar ' || k || ': Sykepengegrunnlaget fastsettes ut fra gjennomsnittet av inntekten de tre siste månedene. '
         || 'Er arbeidsforholdet nytt, brukes den avtalte inntekten. Se <strong>folketrygdloven § 8-28</strong> og rundskrivet.</p>',
       d.created_at + make_interval(mins => k)
from dialogue_discussion d, generate_series(0, 9) k,
     (select array_agg(id order by id) ids from identity_user) u
where d.title like 'Benchmark %';

-- One long discussion: 1,000 messages in all.
with big as (select min(id) id, min(created_at) at from dialogue_discussion where title like 'Benchmark %')
insert into dialogue_message (discussion_id, author_id, kind, body, body_html, created_at)
select big.id, (select min(id) from identity_user), 'POST', 'Tillegg ' || k, '<p>Tillegg ' || k || '</p>',
       big.at + make_interval(mins => 10 + k)
from big, generate_series(1, 990) k;
update dialogue_discussion set message_count = 1000
where id = (select min(id) from dialogue_discussion where title like 'Benchmark %');
-- The per-space counters that the application keeps in step as it writes.
update dialogue_space s set
  discussion_count = (select count(*) from dialogue_discussion d where d.space_id = s.id),
  message_count = (select coalesce(sum(message_count), 0) from dialogue_discussion d where d.space_id = s.id),
  last_activity_at = (select max(last_activity_at) from dialogue_discussion d where d.space_id = s.id);
SQL
# What autovacuum does to a table that has settled in production: statistics and the visibility map, without
# which PostgreSQL must visit every row to count a topic's discussions.
psql_ -d $db -c "vacuum analyze"
echo "generated in $(( $(date +%s) - start )) s" >&2

read -r first last < <(psql_ -d $db -tA -F ' ' -c "select min(id), max(id) from dialogue_discussion where title like 'Benchmark %'")
spaces=$(psql_ -d $db -tA -c "select string_agg(id::text, ' ') from dialogue_space")
counts=$(psql_ -d $db -tA -F ' ' -c "select (select count(*) from dialogue_discussion), (select count(*) from dialogue_message)")
echo "database: $counts (discussions, messages)" >&2

for think in 0 1000; do
  java bench/ForumLoad.java "http://127.0.0.1:$port" demo-token-ansatt "$readers" "$seconds" "$think" "$first" "$last" "$first" $spaces
  echo
done
echo
echo "server resident memory after the run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
