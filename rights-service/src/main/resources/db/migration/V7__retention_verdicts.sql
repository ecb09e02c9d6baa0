-- retention-service's verdicts and policy (sweep-verdict.v1 and policy-announced.v1 on
-- retention.verdicts.v1, DESIGN §4): the portal's compliance and records pages show them and the
-- metrics carry the last verdict to Prometheus after the sweep job's pod is gone.
create table retention_verdict (
    sweep_id       uuid        primary key,
    as_of          timestamptz not null,
    finished_at    timestamptz not null,
    verdict        text        not null,
    -- Owners that did not report in time, comma-separated; empty when all did.
    missing_owners text        not null
);
create index retention_verdict_finished on retention_verdict (finished_at desc);

create table retention_verdict_category (
    sweep_id         uuid        not null references retention_verdict (sweep_id) on delete cascade,
    category         text        not null,
    cutoff           timestamptz not null,
    deleted          bigint      not null,
    held             bigint      not null,
    expired_unheld   bigint      not null,
    oldest_remaining timestamptz,
    expired_remains  boolean     not null,
    primary key (sweep_id, category)
);

-- The latest announced policy only: one row per category, replaced by a newer announcement.
create table retention_policy (
    category     text        primary key,
    period       text        not null,
    requirement  text        not null,
    announced_at timestamptz not null
);
