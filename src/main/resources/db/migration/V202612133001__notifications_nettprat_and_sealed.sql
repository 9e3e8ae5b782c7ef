-- A notification may lead to a nettprat (events module), as others lead to an idea or a hearing.
alter table notifications_notification add column nettprat_id bigint;

-- The asker of an anonymous nettprat question is told what became of it without being named: the notification's
-- recipient is the keyed hash the question's own row keeps (events_question.asker_key), not a person, so no row
-- links anyone to the question that the question row does not already. The reader finds theirs by computing their
-- own hash per nettprat. Exactly one of the two recipients is set; a sealed notification is once per event too.
alter table notifications_notification add column recipient_key varchar(64);
alter table notifications_notification alter column recipient_id drop not null;
alter table notifications_notification add constraint notifications_one_recipient
    check ((recipient_id is not null and recipient_key is null) or (recipient_id is null and recipient_key is not null));
alter table notifications_notification add constraint notifications_sealed_once_per_event
    unique (recipient_key, event_key);
-- Led by the key: only the sealed rows are read to find the nettprats a reader's keys are computed for.
create index notifications_sealed_nettprat on notifications_notification (recipient_key, nettprat_id);
