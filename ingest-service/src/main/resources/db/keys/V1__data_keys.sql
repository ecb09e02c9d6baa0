-- Per-subject AES-256 data keys, wrapped (AES-256-GCM) by the master key of master_version.
-- Kept apart from the data database so that deleting a row here makes every copy of that
-- subject's data, backups included, unreadable (R9.3, crypto-shredding).
create table data_key (
    subject_id     uuid primary key,
    master_version int not null,
    wrapped        bytea not null,
    created_at     timestamptz not null
);
create index data_key_master_version on data_key (master_version);
