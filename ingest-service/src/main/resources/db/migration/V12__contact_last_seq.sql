-- The number of a contact's last message, kept on the contact (docs/ingest-service.md "The write
-- path of the webhooks"): the statement that locks the contact for a message reads it too, so the
-- message and its outbox event, which carries the number, are written together in one statement.
-- A counter, not max(seq) over the messages: a row lock that waited for another transaction reads
-- the contact's newest version only through an update, never other tables' rows.
alter table contact add column last_seq int not null default 0;
update contact c set last_seq = m.last_seq
from (select contact_id, max(seq) as last_seq from message group by contact_id) m
where m.contact_id = c.id;
