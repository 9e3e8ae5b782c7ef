-- The wording of a request that retention or erasure forgot is null, not a word standing in for it.
alter table approval_request alter column body drop not null;
update approval_request set body = null where body = '[slettet]';

-- A request that needed no approval said so in an English sentence; it is a step of its own.
update approval_step set action = 'NEEDS_NO_APPROVAL', detail = null where detail = 'No approval needed on this account';
