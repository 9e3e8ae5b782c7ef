-- Token buckets of the rate limits (Bucket4j's PostgreSQL layout), shared by every node. The id is a hash of the
-- limit's name and the client, so no address or username is stored; expires_at (epoch milliseconds) is when the row
-- may go, a minute after its bucket would be full again. On H2 the buckets live in the process and this stays empty.
create table platform_rate_limit (
  id bigint primary key,
  state bytea,
  expires_at bigint
);
