-- A hearing's documents: files stored by the dialogue module's attachments (type checked by content, size limited),
-- tied to the hearing here.
create table events_hearing_attachment (
    hearing_id    bigint not null references events_hearing (id),
    attachment_id bigint not null,
    added_by      bigint not null,
    added_at      timestamp with time zone not null,
    primary key (hearing_id, attachment_id)
);

-- Reminders sent to an invited unit's responsible person before the deadline: the key makes each reminder go once
-- per unit, whichever node runs the check and however often.
create table events_hearing_reminder (
    hearing_id bigint      not null references events_hearing (id),
    unit_id    bigint      not null,
    reminder   varchar(20) not null,
    sent_at    timestamp with time zone not null,
    primary key (hearing_id, unit_id, reminder)
);

-- The forum discussion the hearing's final summary was published as.
alter table events_hearing add column published_discussion_id bigint;
