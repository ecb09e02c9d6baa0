-- Owners' replies are encrypted to the case (docs/rights-service.md "Access replies"): the case's
-- X25519 key pair, its private half sealed under the master key; destroying it shreds the case's
-- chunks here, on Kafka and in every WAL. Chunks are kept as they arrive, by attempt and part, and
-- are the owner's document: the reassembled copy is gone.
alter table rights_case
    add column reply_public_key text,
    add column reply_key        bytea;

alter table case_owner
    add column attempt int not null default 1,
    drop column document;

alter table access_chunk
    add column attempt int  not null default 1,
    add column part    text not null default 'document',
    drop constraint access_chunk_pkey,
    add primary key (case_id, service, attempt, idx);
