-- Which node claimed a webhook delivery: a node that restarts takes its own unfinished claims back at once instead of
-- waiting for their lease to run out.
alter table channels_meta_delivery add column claimed_by varchar(200);
