-- An approver's edit is no longer approved with it: it waits for the author (or a third member) to accept it.
-- written_by is who wrote the current wording (the author, or the approver whose edit waits), previous_body the
-- wording that edit replaced, for the author to compare.
alter table approval_request add column written_by bigint;
update approval_request set written_by = author_id;
alter table approval_request alter column written_by set not null;
alter table approval_request add column previous_body varchar(8000);
