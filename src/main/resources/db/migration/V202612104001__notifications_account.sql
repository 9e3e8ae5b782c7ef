-- A notification about a channel account's connection (its grant expiring, its refresh failing) leads to the
-- account's page: the account's id, as the other columns name a discussion, a conversation or a hearing.
alter table notifications_notification add column account_id bigint;
