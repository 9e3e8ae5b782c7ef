-- Why the last attempt of a delivery failed, as a stable code the client words in the reader's language
-- (DeliveryFailure.Reason); last_error keeps the technical message for programs and the log.
alter table channels_outbox add column last_error_code varchar(40);
