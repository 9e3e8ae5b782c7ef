-- A message removed on its platform keeps no text, and says so with a flag rather than a Norwegian sentence in its
-- body.
alter table channels_inbound add column removed boolean default false not null;
update channels_inbound set removed = true, body = '' where body = '(Fjernet på plattformen)';
