-- rights-service as an owner of its own data (DESIGN §5, R10.3): an erased person's cases keep their
-- history, lose their identifiers and access documents, and say when that happened.
alter table rights_case add column erased_at timestamptz;

-- What replaces an erased person's identifiers: a keyed hash (HMAC-SHA256) of each normalised
-- identifier, so a later request by the same person can be matched to "erased on …" without the
-- identifier itself being kept.
create table erased_identity (
    hash         text not null,
    erased_at    timestamptz not null,
    erasure_case uuid not null,
    primary key (hash, erasure_case)
);
