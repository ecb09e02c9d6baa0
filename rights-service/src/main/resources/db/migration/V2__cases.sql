-- A data-subject request (DESIGN §5). personal_data is AES-256-GCM sealed JSON of the identifiers,
-- the free-text details and the rectification asked for: cases are personal data too.
-- stored_at starts the rights-case retention clock (DESIGN §4).
create table rights_case (
    id            uuid primary key,
    type          text not null,
    status        text not null,
    personal_data bytea not null,
    channel       text,
    received_at   timestamptz not null,
    due_at        timestamptz not null,
    extended      boolean not null,
    executed_at   timestamptz,
    closed_at     timestamptz,
    stored_at     timestamptz not null
);
create index rights_case_queue on rights_case (status, due_at);

-- R10.5: which identifier was verified, how and by whom.
create table case_verification (
    id          bigserial primary key,
    case_id     uuid not null references rights_case (id) on delete cascade,
    identifier  text not null,
    method      text not null,
    verified_by text not null,
    verified_at timestamptz not null,
    unique (case_id, identifier)
);

-- The saga: one row per expected owner; document is the owner's sealed, verified access document.
create table case_owner (
    id           bigserial primary key,
    case_id      uuid not null references rights_case (id) on delete cascade,
    service      text not null,
    status       text not null,
    requested_at timestamptz not null,
    answered_at  timestamptz,
    outcome      text,
    summary      text,
    failure      text,
    document     bytea,
    unique (case_id, service)
);

-- The case's history: the audit category of this service's retention (DESIGN §4).
create table case_history (
    id      bigserial primary key,
    case_id uuid not null references rights_case (id) on delete cascade,
    at      timestamptz not null,
    actor   text not null,
    action  text not null,
    note    text
);
create index case_history_at on case_history (at);

-- Access chunks as they arrive (sealed); one row per (case, owner, index), so a redelivery adds nothing.
create table access_chunk (
    case_id uuid not null references rights_case (id) on delete cascade,
    service text not null,
    idx     int not null,
    data    bytea not null,
    primary key (case_id, service, idx)
);

-- R3.1: legal holds for disputes; subject_data is the sealed identifiers when the hold is on a subject.
create table legal_hold (
    id           uuid primary key,
    contact_id   uuid,
    subject_data bytea,
    reason       text not null,
    placed_at    timestamptz not null,
    placed_by    text not null,
    lifted_at    timestamptz,
    lifted_by    text
);

-- Sweeps this service has reported on, so a repeated sweep is answered once.
create table sweep_report (
    sweep_id    uuid primary key,
    reported_at timestamptz not null
);
