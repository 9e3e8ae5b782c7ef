# Sourced by bench/search-load.sh and bench/pages.sh: the forum at national scale.
#   forum_scale_load DB WORKDIR  writes 100,000 discussions with 10 messages each (1,000,000 messages) into DB,
#   mixed from the search evaluation corpus's sentences and vocabulary so that the words and their statistics are
#   those of real questions and answers; the space counters are brought in step as the application keeps them.
# Needs psql_ (bench/postgres-app.sh defines it). The search index learns of these rows only by a rebuild: start
# the application with an empty data folder afterwards.
forum_scale_load() {
local db=$1 work=$2
python3 - "$work/sentences.tsv" "$work/titles.tsv" <<'PY'
import re, sys
sentences, titles = set(), set()
for line in open("src/test/resources/search/corpus.txt", encoding="utf-8"):
    if not line[0].isdigit():
        continue
    _, _, title, question, answer = line.rstrip("\n").split("|")
    titles.add(title)
    for part in re.split(r"(?<=[.?!])\s+", question + " " + answer):
        if len(part) > 15:
            sentences.add(part.replace("\t", " ").replace("\\", ""))
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(sorted(sentences)) + "\n")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(sorted(titles)) + "\n")
PY
echo "generating 100,000 discussions and 1,000,000 messages…" >&2
psql_ -d $db <<SQL
create temporary table bench_sentence (txt text);
create temporary table bench_title (txt text);
create temporary table bench_before as select coalesce(max(id), 0) m from dialogue_discussion;
\copy bench_sentence from '$work/sentences.tsv'
\copy bench_title from '$work/titles.tsv'
create temporary table bench_words as
  select array_agg(distinct w) w from bench_sentence, regexp_split_to_table(lower(txt), '[^[:alpha:]æøå]+') w where length(w) > 3;
insert into dialogue_discussion (space_id, title, author_id, question, status, message_count, view_count, created_at, last_activity_at)
select s.ids[1 + g % array_length(s.ids, 1)],
       left(t.a[1 + (g * 7) % array_length(t.a, 1)] || ' – ' || w.w[1 + (g * 13) % array_length(w.w, 1)], 200),
       u.ids[1 + g % array_length(u.ids, 1)], true, 'ANSWERED', 10, 0,
       now() - make_interval(mins => g), now() - make_interval(mins => g)
from generate_series(1, 100000) g,
     (select array_agg(id order by id) ids from dialogue_space) s,
     (select array_agg(id order by id) ids from identity_user) u,
     (select array_agg(txt order by txt) a from bench_title) t,
     bench_words w;
insert into dialogue_message (discussion_id, author_id, kind, body, body_html, created_at)
select d.id, u.ids[1 + (d.id + k) % array_length(u.ids, 1)], 'POST', b.body, '<p>' || b.body || '</p>',
       d.created_at + make_interval(mins => k)
from dialogue_discussion d cross join generate_series(0, 9) k
     cross join (select array_agg(id order by id) ids from identity_user) u
     cross join (select array_agg(txt order by txt) a from bench_sentence) s
     cross join bench_words w
     cross join lateral (select s.a[1 + (d.id * 31 + k * 7) % array_length(s.a, 1)] || ' '
       || s.a[1 + (d.id * 17 + k * 101) % array_length(s.a, 1)] || ' '
       || w.w[1 + (d.id * 7 + k * 3) % array_length(w.w, 1)] || ' ' || w.w[1 + (d.id + k * 59) % array_length(w.w, 1)] as body) b
where d.id > (select m from bench_before);
update dialogue_space sp set
  discussion_count = (select count(*) from dialogue_discussion d where d.space_id = sp.id),
  message_count = (select count(*) from dialogue_message m join dialogue_discussion d on d.id = m.discussion_id
                   where d.space_id = sp.id and m.kind = 'POST');
analyze;
SQL
}
