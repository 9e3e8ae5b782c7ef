-- The inbox filtered by the post its comment threads are under, and the calendar's comment counts per post.
-- The platform's post id first: the inbox may be filtered by it without an account.
create index inbox_conversation_context on inbox_conversation (context_external_id, account_id);
-- A comment thread links back to the post Samtale published: the post found by its platform id.
create index publishing_post_external on publishing_post (account_id, external_id);
