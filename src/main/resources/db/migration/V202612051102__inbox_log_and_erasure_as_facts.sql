-- The inbox stores facts, not sentences: the conversation log keeps what happened as an action and its parameters
-- (which reply, visibility, from and to which status, which person, note, labels, attempt, platform error), and the
-- client words them in the reader's language. Existing entries are read back into those parameters.
alter table inbox_audit add column reply_id bigint;
alter table inbox_audit add column visibility varchar(10);
alter table inbox_audit add column from_status varchar(20);
alter table inbox_audit add column to_status varchar(20);
alter table inbox_audit add column user_id bigint;
alter table inbox_audit add column note_id bigint;
alter table inbox_audit add column labels varchar(1000);
alter table inbox_audit add column attempt integer;
alter table inbox_audit add column error varchar(1000);

-- RECEIVED wrote the visibility; REPLY_DRAFTED and REPLY_PROPOSED "PUBLIC reply 5".
update inbox_audit set visibility = detail where action = 'RECEIVED' and detail in ('PUBLIC', 'PRIVATE');
update inbox_audit set visibility = substring(detail from 1 for position(' ' in detail) - 1)
where action in ('REPLY_DRAFTED', 'REPLY_PROPOSED') and (detail like 'PUBLIC %' or detail like 'PRIVATE %');

-- Every reply entry named the reply by its old id (that of its approval request) as its first number.
update inbox_audit set reply_id = (select r.id from inbox_reply r
    where r.approval_id = cast(regexp_substr(inbox_audit.detail, '[0-9]+') as bigint))
where action like 'REPLY%' and regexp_substr(detail, '[0-9]+') is not null;

-- "Reply 5 needs no approval on this account": a reply sent on an account that exempts private replies.
update inbox_audit set action = 'REPLY_NEEDS_NO_APPROVAL' where action = 'REPLY_APPROVED' and detail like '%needs no approval%';

-- "Reply 5: error" and "Reply 5, attempt 2: error".
update inbox_audit set error = substring(detail from position(': ' in detail) + 2)
where action in ('REPLY_FAILED', 'REPLY_ATTEMPT_FAILED') and position(': ' in detail) > 0;
update inbox_audit set attempt = cast(regexp_substr(detail, '[0-9]+', 1, 2) as integer)
where action = 'REPLY_ATTEMPT_FAILED' and detail like '%attempt %';

-- "To user 2" (or "Unassigned"), "NEW → IN_PROGRESS", "a, b", "Note 3".
update inbox_audit set user_id = cast(regexp_substr(detail, '[0-9]+') as bigint)
where action = 'ASSIGNED' and detail like 'To user %';
update inbox_audit set from_status = substring(detail from 1 for position(' ' in detail) - 1),
    to_status = substring(detail from position('→' in detail) + 2)
where action = 'STATUS_CHANGED' and position('→' in detail) > 0;
update inbox_audit set labels = replace(detail, ', ', ',') where action = 'LABELS_CHANGED';
update inbox_audit set note_id = cast(regexp_substr(detail, '[0-9]+') as bigint)
where action = 'NOTE_ADDED' and detail like 'Note %';

alter table inbox_audit drop column detail;

-- Erased text and names are null, not a word standing in for them; a message removed on its platform is flagged,
-- with no text kept.
alter table inbox_message alter column body drop not null;
alter table inbox_message alter column author_name drop not null;
alter table inbox_message add column removed_on_platform boolean default false not null;
alter table inbox_conversation alter column subject drop not null;
alter table inbox_conversation alter column correspondent_name drop not null;

update inbox_message set body = null where body = '[slettet]';
update inbox_message set author_name = null where author_name = 'Anonym' and direction = 'IN' and body is null;
update inbox_message set body = '', removed_on_platform = true where body = '(Fjernet på plattformen)';
update inbox_conversation set subject = null where subject in ('[slettet]', '(Fjernet på plattformen)');
update inbox_conversation set correspondent_name = null
where correspondent_name = 'Anonym' and correspondent_external_id = '';
update inbox_reply set body = null where body = '[slettet]';
