-- Retention sweeps (R8, DESIGN §4): what was asked, of whom, and what each owner answered.
create table sweep (
    id            uuid primary key,
    as_of         timestamptz not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    deadline      timestamptz not null,
    status        text not null check (status in ('RUNNING', 'COMPLIANT', 'NON_COMPLIANT'))
);
create index sweep_running on sweep (deadline) where status = 'RUNNING';
create index sweep_started on sweep (started_at desc);

create table sweep_cutoff (
    sweep_id uuid not null references sweep (id) on delete cascade,
    category text not null,
    cutoff   timestamptz not null,
    primary key (sweep_id, category)
);

create table sweep_owner (
    id          uuid primary key,
    sweep_id    uuid not null references sweep (id) on delete cascade,
    service     text not null,
    status      text not null check (status in ('PENDING', 'REPORTED', 'MISSING')),
    reported_at timestamptz,
    unique (sweep_id, service)
);

-- One line of an owner's report; deleted/held/oldest_remaining stay null until it reports.
create table sweep_result (
    id               uuid primary key,
    owner_id         uuid not null references sweep_owner (id) on delete cascade,
    category         text not null,
    cutoff           timestamptz not null,
    deleted          bigint,
    held             bigint,
    oldest_remaining timestamptz,
    unique (owner_id, category)
);

-- The cron fire times already claimed: one sweep per slot, however many replicas fire.
create table schedule_slot (
    slot     timestamptz primary key,
    sweep_id uuid not null
);
