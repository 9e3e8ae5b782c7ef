-- A notification may lead to an idea of the idea box or to a hearing (events module), as others lead to a
-- discussion or a conversation.
alter table notifications_notification add column idea_id bigint;
alter table notifications_notification add column hearing_id bigint;
