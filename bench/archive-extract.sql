-- A year of one team's journaled conversations for bench/archive-extract.sh: :records closed, screened folders
-- opened evenly over [:from, :to], each with three journalposts (the citizen, the advisor's answer, the citizen's
-- thanks) and the two documents a real journaling makes. The documents are copies of the demo's own PDF/A and JSON
-- (a real thread's size), the PDF with the folder's id appended as a comment so every checksum differs.
\set ON_ERROR_STOP on
create temp table bench_pdf as select content from archive_document where format = 'PDF/A' order by id limit 1;
create temp table bench_json as select content from archive_document where format = 'JSON' order by id limit 1;

insert into archive_record (system_id, case_number, source_kind, source_id, title, unit_name, responsible_name,
    correspondent_name, correspondent_id, platform, screened, legal_basis, opened_at, closed_at, journaled_at,
    journaled_by)
select gen_random_uuid()::text, 'bench-' || g, 'CONVERSATION', -100000000 - g,
    'Spørsmål om foreldrepenger og sykmelding nr. ' || g, 'NAV Hamar', 'Vera Veileder', 'Innbygger ' || g,
    'bench-' || g, 'FACEBOOK', true, 'offl. § 13, jf. fvl. § 13', o.opened, o.opened + interval '2 days',
    o.opened + interval '2 days', 'bench'
from generate_series(1, :records) g,
    lateral (select (:'from'::date + ((g - 1) * ((:'to'::date - :'from'::date + 1) * 86400.0 / :records)) * interval '1 second')::timestamptz as opened) o;

update archive_record set case_number = extract(year from opened_at)::int || '/' || id where journaled_by = 'bench';

insert into archive_entry (record_id, system_id, position, entry_type, author_name, message_id, external_id, reply_to,
    body, written_at)
select r.id, gen_random_uuid()::text, p, case when p = 2 then 'U' else 'I' end,
    case when p = 2 then 'Vera Veileder' else r.correspondent_name end, r.id * 10 + p, 'fb-' || r.id || '-' || p,
    case when p > 1 then r.id * 10 + p - 1 end,
    case p when 1 then 'Hei! Jeg har vært sykmeldt i fire måneder og skal ha barn i mars. Hvordan påvirker sykepengene '
        || 'foreldrepengene mine, og når må jeg søke? Jeg har jobbet fast i tre år og vet ikke om jeg har opptjening.'
      when 2 then 'Hei, og takk for at du spør. Sykepenger teller som opptjening til foreldrepenger når du har hatt '
        || 'rett til dem i minst seks av de ti siste månedene før permisjonen. Søk senest fire uker før du vil begynne, '
        || 'på nav.no/foreldrepenger. Ta gjerne kontakt igjen om noe er uklart.'
      else 'Tusen takk, da vet jeg hva jeg skal gjøre!' end,
    r.opened_at + p * interval '10 minutes'
from archive_record r cross join generate_series(1, 3) p
where r.journaled_by = 'bench';

-- A CTE gives each document its id once, so the file name and the system id agree.
with d as (
    select r.id, r.journaled_at, gen_random_uuid()::text as sid,
        (select content from bench_pdf) || convert_to('%samtale-bench ' || r.id || E'\n', 'UTF8') as c
    from archive_record r where r.journaled_by = 'bench')
insert into archive_document (record_id, system_id, variant, format, file_name, sha256, size_bytes, content, created_at)
select d.id, d.sid, 'ARKIV', 'PDF/A', 'dokumenter/' || d.sid || '.pdf', encode(sha256(d.c), 'hex'), length(d.c), d.c,
    d.journaled_at
from d;

with d as (
    select r.id, r.journaled_at, gen_random_uuid()::text as sid, (select content from bench_json) as c
    from archive_record r where r.journaled_by = 'bench')
insert into archive_document (record_id, system_id, variant, format, file_name, sha256, size_bytes, content, created_at)
select d.id, d.sid, 'PRODUKSJON', 'JSON', 'dokumenter/' || d.sid || '.json', encode(sha256(d.c), 'hex'), length(d.c),
    d.c, d.journaled_at
from d;

analyze archive_record;
analyze archive_entry;
analyze archive_document;
