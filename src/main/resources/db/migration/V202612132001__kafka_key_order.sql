-- The order of the events sent to Kafka per key (module kafka, docs/kafka.md "Order"). One row per topic and key:
-- the last sequence number given to its events, and how far they are done (acknowledged by Kafka, or parked). An
-- event goes out only when every earlier event of its key is done. The node that sends a key's next event holds the
-- key until sending_until, so two nodes never send one key's events at once; a node that dies loses it at that time.
create table kafka_key_order (
    topic            varchar(255) not null,
    event_key        varchar(100) not null,
    last_sequence    bigint not null,
    done_through     bigint not null,
    sending_sequence bigint,
    sending_until    timestamp with time zone,
    primary key (topic, event_key)
);

-- Each event's sequence number, given in the transaction that published the event and found again at every send
-- by the event's topic and id (its idempotency key). Refusals of the record itself (too large) count towards parking it: a
-- parked event is never sent, and its key moves on with the gap in its numbers.
create table kafka_event_sequence (
    topic           varchar(255) not null,
    event_id        varchar(36) not null,
    event_key       varchar(100) not null,
    sequence_number bigint not null,
    event_type      varchar(60) not null,
    created_at      timestamp with time zone not null,
    refusals        integer not null default 0,
    last_refusal    varchar(100),
    parked_at       timestamp with time zone,
    primary key (topic, event_id)
);

create index kafka_event_sequence_created on kafka_event_sequence (created_at);
create index kafka_event_sequence_parked on kafka_event_sequence (parked_at);
