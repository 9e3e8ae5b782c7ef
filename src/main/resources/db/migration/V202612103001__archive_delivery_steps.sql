-- Each object a live delivery creates in the agency's archive (saksmappe, journalpost, dokumentbeskrivelse,
-- dokumentobjekt, file), keyed by its external key. SENDING is written before the request and DONE with the
-- archive's id after the answer, so a retry after a lost answer knows to look the object up instead of making a
-- second one.
create table archive_delivery_step (
    record_id     bigint        not null references archive_record (id),
    step_key      varchar(120)  not null,
    state         varchar(10)   not null,
    remote_id     varchar(200),
    updated_at    timestamp with time zone not null,
    constraint archive_delivery_step_pk primary key (record_id, step_key),
    constraint archive_delivery_step_state check (state in ('SENDING', 'DONE'))
);
