-- The access log is evidence: nobody, not even the application's own database user by mistake, may change or
-- remove a line of it.
create function privacy_access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'privacy_access_log is append-only';
end;
$$;

create trigger privacy_access_log_no_change
    before update or delete on privacy_access_log
    for each statement execute function privacy_access_log_append_only();
