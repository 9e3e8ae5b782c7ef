-- The search index's change feed, so that every node's own Lucene index follows every change. One row per document
-- that changed (a newer change replaces the row and takes a new number), so the feed never holds more than one
-- version of a text, and a removal (document null) overwrites the text it removes. Numbers come from the one row of
-- search_feed_counter, whose row lock orders writers: a number is visible only once every smaller one committed.
create table search_change (
    source     varchar(20) not null,
    doc_id     bigint not null,
    seq        bigint not null,
    document   text,
    changed_at timestamp with time zone not null,
    constraint search_change_pk primary key (source, doc_id)
);

create index search_change_seq on search_change (seq);

create table search_feed_counter (
    id       integer not null primary key,
    last_seq bigint not null
);

insert into search_feed_counter (id, last_seq) values (1, 0);

-- Each node's place in the feed. A node not seen for a while is forgotten, and rebuilds from the database when it
-- comes back; the feed is pruned up to the smallest place of the nodes remembered.
create table search_node (
    node_id    varchar(200) not null primary key,
    cursor_seq bigint not null,
    seen_at    timestamp with time zone not null,
    rebuilt_at timestamp with time zone
);
