-- An outbox row whose payload carries personal data stores it sealed (PayloadSeal): the key's
-- reference in key_ref, the ciphertext in sealed_payload, payload empty. Numbered 1.1 so that it
-- runs right after the kit's first migration in every service's sequence.
alter table outbox alter column payload drop not null;
alter table outbox add column key_ref text;
alter table outbox add column sealed_payload bytea;
alter table outbox add constraint outbox_one_payload check ((payload is null) <> (sealed_payload is null)
    and (sealed_payload is null) = (key_ref is null));
