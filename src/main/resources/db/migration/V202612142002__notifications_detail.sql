-- Some notifications carry a short text besides their subject, written by the person who acted and shown as it
-- stands: why a nettprat was cancelled. The subject stays the title; the client words the kind around both.
alter table notifications_notification add column detail varchar(1000);
