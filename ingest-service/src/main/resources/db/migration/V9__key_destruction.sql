-- Keys to destroy once their data is gone (R9.3). The data and its keys live in two databases, so
-- they cannot go in one transaction: a subject's row is deleted together with a row here, and its
-- key in ingest_keys only after that commit. A row left here by a crash is finished by the key
-- reconciler (KeyReconciler). Subject ids only: nothing here is personal data.
create table key_destruction (
    subject_id   uuid primary key,
    requested_at timestamptz not null
);
