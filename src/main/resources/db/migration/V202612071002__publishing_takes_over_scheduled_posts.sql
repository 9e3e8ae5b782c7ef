-- The publishing module takes over the channels module's scheduled posts: each becomes a post of its account, in
-- the state its review and its delivery had reached, with the same outbox entry (so nothing is sent again), and the
-- old table goes. The idempotency key of a post made through the old API is kept so a retried request schedules once.
alter table publishing_post add column idempotency_key varchar(200);
create unique index publishing_post_idempotency_key on publishing_post (idempotency_key);

insert into publishing_post (account_id, team_id, author_id, text, publish_at, status, version, approval_id, outbox_id,
    external_id, last_error, rejection_comment, created_at, updated_at, published_at, idempotency_key)
select p.account_id, a.team_id, coalesce(r.author_id, 0), p.message, p.publish_at,
       case
           when o.state = 'SENT' and p.publish_at <= current_timestamp then 'PUBLISHED'
           when o.state = 'FAILED' then 'FAILED'
           when o.state = 'CANCELLED' then 'CANCELLED'
           when o.id is not null then 'SCHEDULED'
           when r.state = 'REJECTED' then 'REJECTED'
           when r.state = 'CANCELLED' then 'CANCELLED'
           else 'AWAITING_APPROVAL'
       end,
       1, p.approval_id, p.outbox_id, o.external_result_id, o.last_error, r.rejection_comment, p.created_at,
       p.created_at, case when o.state = 'SENT' and p.publish_at <= current_timestamp then p.publish_at end,
       p.idempotency_key
from channels_scheduled_post p
join channels_account a on a.id = p.account_id
left join approval_request r on r.id = p.approval_id
left join channels_outbox o on o.id = p.outbox_id;

drop table channels_scheduled_post;
