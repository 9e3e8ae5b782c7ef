-- How far analytics has followed another module's feed of rows by id (the inbox's messages, InboxMessageFeed):
-- every id at or below last_id is counted or was waited for long enough to be known never to commit. The row is
-- locked for a counting round and moved in the same transaction as the counts, so one node counts a message, once,
-- across crashes and restarts.
create table analytics_follow_cursor (
    feed        varchar(40) primary key,
    last_id     bigint not null,
    followed_at timestamp with time zone not null
);

-- The inbox's messages up to now were counted by analytics' listeners (InboundReceived, ConversationChanged); the
-- follower takes over after them. Read here, once, while no node runs (a fresh database starts at 0 and counts
-- everything), rather than at the follower's first round, when the new version may have threaded more already.
insert into analytics_follow_cursor (feed, last_id, followed_at)
select 'inbox-messages', coalesce(max(id), 0), current_timestamp from inbox_message;
