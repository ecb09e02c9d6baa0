-- Keyed hashes (HMAC-SHA256, IdentityHashes) of each case's e-mail, user name and phone, so the DPO
-- portal finds a person's cases by an exact identifier while the identifiers stay sealed and are
-- never listed. Cases recorded before this table are hashed once at start-up (CaseIdentities).
create table case_identity (
    case_id uuid not null references rights_case (id) on delete cascade,
    hash    text not null,
    primary key (case_id, hash)
);
create index case_identity_hash on case_identity (hash);
