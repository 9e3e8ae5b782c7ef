-- The inbox filtered by the post its comment threads are under, and the calendar's comment counts per post.
create index inbox_conversation_context on inbox_conversation (account_id, context_external_id);
-- A comment thread links back to the post Samtale published: the post found by its platform id.
create index publishing_post_external on publishing_post (account_id, external_id);
