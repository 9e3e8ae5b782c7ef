-- Erasure leaves nothing behind and says what it did (issue 12.4).
--
-- What was waiting to go to an erased person is cancelled: a reply, its four-eyes request and its outbox entry get
-- the state CANCELLED, which no approval, retry or delivery attempt moves. Each CHECK below is recreated with every
-- value it allowed before.
alter table inbox_reply drop constraint inbox_reply_status_check;
alter table inbox_reply add constraint inbox_reply_status_check
    check (status in ('AWAITING_APPROVAL', 'REJECTED', 'APPROVED', 'SENT', 'FAILED', 'CANCELLED'));

alter table approval_request drop constraint approval_request_state_check;
alter table approval_request add constraint approval_request_state_check
    check (state in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'));

alter table channels_outbox drop constraint channels_outbox_state_check;
alter table channels_outbox add constraint channels_outbox_state_check
    check (state in ('PENDING', 'IN_FLIGHT', 'SENT', 'FAILED', 'CANCELLED'));

-- Erased text and names are null (the client says "deleted" in the reader's language), not a word standing in
-- for them: the channels' raw copies, the chat's lines and names, and the outbox's wording.
alter table channels_inbound alter column body drop not null;
alter table channels_outbox alter column body drop not null;
alter table channels_chat_message alter column body drop not null;
alter table channels_chat_message alter column author drop not null;
alter table channels_chat_session alter column display_name drop not null;
update channels_inbound set body = null, author_name = null
where author_external_id = 'anonymised' and body = '';
update channels_chat_message set body = null where body = '[slettet]';
update channels_chat_message set author = null where author = 'Anonym' and from_citizen;
update channels_chat_session set display_name = null where display_name = 'Anonym';

-- What an erasure did, per kind, as facts ("SENT_REPLY:2,CANCELLED_REPLY:1"); the client words them.
alter table privacy_erasure_request add column erased_facts varchar(2000);
