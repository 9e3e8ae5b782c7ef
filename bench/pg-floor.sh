# Sourced by the write-path benchmarks (meta-processing.sh, x-webhook-load.sh), so their figures stand beside the same
# limits. pg_floor DB prints PostgreSQL's own one-row insert + commit rate on DB (pgbench, 8 clients, 10 s): the
# floor a write path's rate is set beside. pg_counters DB prints the database's counters (commits, and rows inserted
# + updated + deleted per table), one "name|count" a line sorted for `LC_ALL=C join -t'|'`: the difference of two is
# the work a run did, which does not depend on how loaded the machine is.
pg_floor() {
  local sql
  sql=$(mktemp)
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d "$1" \
    -c "create table bench_floor (id bigserial primary key, body text not null, at timestamptz not null default now())"
  echo "insert into bench_floor (body) values ('Hei! Når kommer utbetalingen av foreldrepenger for november?');" >"$sql"
  pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T 10 -f "$sql" "$1" 2>/dev/null | awk '/^tps/ {print int($3)}'
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d "$1" -c "drop table bench_floor"
  rm -f "$sql"
}

pg_counters() {
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d "$1" -tA \
    -c "select 'commits', xact_commit from pg_stat_database where datname = current_database()
        union all select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables" | LC_ALL=C sort -t'|' -k1,1
}
