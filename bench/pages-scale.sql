-- Two years of editorial calendar beside bench/national-scale.sql's figures (issue 23, bench/pages.sh): every
-- account has a post every third day, published in the past two years and scheduled for the next two months, by the
-- demo editor.
insert into publishing_post (account_id, team_id, author_id, text, publish_at, status, version, created_at,
    updated_at, published_at)
select a.id, a.team_id, (select id from identity_user where username = 'redaktor'),
       'Visste du at du kan søke om foreldrepenger digitalt? Innlegg ' || d,
       date_trunc('day', now()) + make_interval(days => d, hours => 9 + cast(a.id % 6 as integer)),
       case when d < 0 then 'PUBLISHED' else 'SCHEDULED' end, 1, now(), now(),
       case when d < 0 then date_trunc('day', now()) + make_interval(days => d, hours => 9 + cast(a.id % 6 as integer)) end
from channels_account a, generate_series(-730, 60) d
where (d + a.id) % 3 = 0;
