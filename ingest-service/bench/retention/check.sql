-- After the sweep: what seed.sql says must be gone is gone, and what must stay stayed (R8.1, R3.1).
-- Seeded expired items are 13+ months old and unexpired ones under 11, so "12 months" is exact here.
\set ON_ERROR_STOP on
with held_contact as (
    select c.id from contact c
    where exists (select 1 from legal_hold h where h.contact_id = c.id or h.subject_id = c.subject_id))
select (select count(*) from message m where m.stored_at < now() - interval '12 months'
          and m.contact_id not in (select id from held_contact))                 as expired_unheld_messages_left,
       (select count(*) from message m where m.contact_id in (select id from held_contact)) as held_messages_left,
       (select count(*) from message m where m.stored_at >= now() - interval '12 months') as unexpired_messages_left,
       (select count(*) from contact)                                             as contacts_left,
       (select count(*) from subject)                                             as subjects_left;
