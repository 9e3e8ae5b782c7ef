-- A post's image travels with its outbox entry: the public address the platform fetches it from (Meta takes photos
-- by URL) and its alt text. Null for text alone.
alter table channels_outbox add column media_url varchar(2000);
alter table channels_outbox add column media_alt_text varchar(1000);
