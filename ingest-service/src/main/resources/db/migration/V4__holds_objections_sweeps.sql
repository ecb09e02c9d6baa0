-- R4.1: blind indexes of subjects who objected, so their later contacts are not sent to
-- redaction either, even after their data was erased. Hashes only: nothing readable.
create table objected_identity (
    blind_index text primary key,
    objected_at timestamptz not null
);

-- The report of each retention sweep, so the same sweep run again reports the same (R8).
create table sweep_report (
    sweep_id     uuid primary key,
    report       text not null,
    completed_at timestamptz not null
);
