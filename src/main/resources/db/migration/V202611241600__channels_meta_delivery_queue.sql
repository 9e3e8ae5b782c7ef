-- The delivery rows become the processing queue itself (no event publication per delivery): a poller claims
-- RECEIVED rows for a lease, processes them, and records the outcome. A claim that outlives its lease (the node
-- died) is claimed again; attempts bounds how often a delivery is tried before it is marked FAILED.
alter table channels_meta_delivery add column attempts integer default 0 not null;
alter table channels_meta_delivery add column claimed_until timestamp with time zone;
alter table channels_meta_delivery add column claim_token varchar(36);
