-- H2 has no partial indexes; the embedded database is for trying Samtale out, and this plain index serves it.
-- PostgreSQL gets the partial one (db/vendor/postgresql).
create index inbox_conversation_work_queue on inbox_conversation (team_id, waiting_since, id);
