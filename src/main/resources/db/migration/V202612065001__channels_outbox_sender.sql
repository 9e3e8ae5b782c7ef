-- Who an outbound message is sent on behalf of (an identity_user id), so a connector that signs its messages
-- (the web chat: "Ingrid, NAV") can name the advisor instead of the account. Null for the account's own posts.
alter table channels_outbox add column sender_user_id bigint;

-- An advisor's chat line is signed with their first name, or with no name (only "NAV") when none is known.
alter table channels_chat_message alter column author drop not null;
