-- Seeds ingest's real schema (migrated by the service's own Flyway) for the retention benchmark
-- (issue #5). Run by run.sh with psql variables:
--   :expired_subjects      subjects whose every contact expired and is not held
--   :contacts_per_subject  their contacts
--   :messages_per_contact  messages of every contact
-- Groups, so that the sweep has every case to get right (R8.1, R3.1):
--   A  :expired_subjects subjects × :contacts_per_subject expired contacts, nothing held
--      → every contact, message and subject goes, and the subject's data key is shredded;
--   B  50 subjects, each held as a subject (every contact stays);
--   C  250 subjects with one expired contact held by a contact hold;
--   D  500 subjects with one expired contact (goes) and one stored within the period (stays).
-- Expired messages unheld = (A × contacts + D) × messages, 1,000,000 with the defaults.
-- Encrypted columns get random-looking bytes of realistic size (SHA-256 output, incompressible,
-- as AES-GCM ciphertext is); data keys go to the keys database (keys.sql, same subject ids).
\set ON_ERROR_STOP on
set client_min_messages = warning;
select setseed(0.5);

-- cascade: also what later migrations hang off contacts and recordings (chunks, transcription jobs).
truncate message, recording, contact, legal_hold, subject, access_audit, transfer_log, sweep_report, inbox, outbox cascade;

create temp table bench_subject as
select md5('bench-subject-' || i)::uuid as id, i,
       case when i <= :expired_subjects then 'A'
            when i <= :expired_subjects + 50 then 'B'
            when i <= :expired_subjects + 300 then 'C'
            else 'D' end as grp
from generate_series(1, :expired_subjects + 800) i;

-- Expired contacts: stored 13 to 24 months ago, so a 12-month cut-off has a month's margin.
create temp table bench_contact as
select gen_random_uuid() as id, s.id as subject_id,
       now() - interval '13 months' - random() * interval '330 days' as stored_at
from bench_subject s
cross join lateral generate_series(1, case when s.grp in ('A', 'B') then :contacts_per_subject else 1 end);
-- Group D's second contact, stored within the last 11 months.
insert into bench_contact
select gen_random_uuid(), s.id, now() - random() * interval '330 days'
from bench_subject s where s.grp = 'D';

insert into subject (id, name_enc, email_enc, username_enc, phone_enc, email_index, username_index, phone_index,
                     purpose, stored_at)
select s.id, sha256(('n' || s.id)::bytea) || sha256(('n2' || s.id)::bytea),
       sha256(('e' || s.id)::bytea) || sha256(('e2' || s.id)::bytea),
       sha256(('u' || s.id)::bytea), sha256(('p' || s.id)::bytea),
       encode(sha256(('ei' || s.id)::bytea), 'base64'), encode(sha256(('ui' || s.id)::bytea), 'base64'),
       encode(sha256(('pi' || s.id)::bytea), 'base64'),
       'A', (select min(c.stored_at) from bench_contact c where c.subject_id = s.id)
from bench_subject s;

insert into contact (id, channel, external_id, subject_id, agent_name_enc, started_at, ended_at, purpose, stored_at)
select c.id, 'CHAT', 'bench-' || c.id, c.subject_id, sha256(('a' || c.id)::bytea),
       c.stored_at, c.stored_at + interval '15 minutes', 'A', c.stored_at
from bench_contact c;

-- Each message stored as it arrived, 30 s apart; ~160 bytes of ciphertext (a short chat line).
insert into message (id, contact_id, seq, external_id, speaker, text_enc, language, occurred_at, purpose, stored_at)
select gen_random_uuid(), c.id, g, 'm-' || g, case when g % 2 = 0 then 'AGENT' else 'END_USER' end,
       sha256(int8send(g) || uuid_send(c.id)) || sha256(int8send(g + 100) || uuid_send(c.id))
           || sha256(int8send(g + 200) || uuid_send(c.id)) || sha256(int8send(g + 300) || uuid_send(c.id))
           || sha256(int8send(g + 400) || uuid_send(c.id)),
       'fi', c.stored_at + g * interval '30 seconds', 'A', c.stored_at + g * interval '30 seconds'
from bench_contact c
cross join generate_series(1, :messages_per_contact) g;

insert into legal_hold (hold_id, subject_id, reason, placed_at, placed_by)
select gen_random_uuid(), s.id, 'bench dispute (subject)', now(), 'bench'
from bench_subject s where s.grp = 'B';
insert into legal_hold (hold_id, contact_id, reason, placed_at, placed_by)
select gen_random_uuid(), c.id, 'bench dispute (contact)', now(), 'bench'
from bench_contact c join bench_subject s on s.id = c.subject_id where s.grp = 'C';

-- Dispute look-ups over two and a half years (R9.2); the ones older than the audit period go.
insert into access_audit (id, who, reason, subject_id, contact_id, at, purpose, stored_at)
select gen_random_uuid(), 'bench-handler', 'bench dispute', c.subject_id, c.id, t, 'A', t
from (select c.*, now() - random() * interval '30 months' as t from bench_contact c order by c.id limit 20000) c;

vacuum analyze;

select count(*) filter (where grp = 'A') as expired_subjects, count(*) as subjects from bench_subject;
select (select count(*) from contact) as contacts, (select count(*) from message) as messages,
       (select count(*) from legal_hold) as holds, (select count(*) from access_audit) as audit_entries;
