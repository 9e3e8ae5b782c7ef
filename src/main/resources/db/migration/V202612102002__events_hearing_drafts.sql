-- A hearing may be prepared as a draft (its documents attached, its text edited) before it is sent to the invited
-- units. sent_at null is a draft: seen only by its creator and administrators, no responses, no reminders.
-- Every hearing so far was sent when it was created.
alter table events_hearing add column sent_at timestamp with time zone;

update events_hearing set sent_at = created_at;
