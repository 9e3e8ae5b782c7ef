-- H2 runs triggers only as Java classes; on the development database the log is append-only because the
-- application never updates or deletes it. PostgreSQL enforces it with a trigger.
select 1;
