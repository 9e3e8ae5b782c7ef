-- A citizen's comment hidden from the public on the platform (by Samtale's request or by someone there).
alter table inbox_message add column hidden_on_platform boolean not null default false;
