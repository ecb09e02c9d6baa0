-- What each owner reported of each retention sweep, per category (sweep-completed.v1 on
-- retention.sweeps.v1): the DPO portal's compliance page shows the latest sweeps from it.
create table owner_sweep_result (
    sweep_id         uuid        not null,
    service          text        not null,
    category         text        not null,
    completed_at     timestamptz not null,
    cutoff           timestamptz not null,
    deleted          bigint      not null,
    held             bigint      not null,
    oldest_remaining timestamptz,
    primary key (sweep_id, service, category)
);
create index owner_sweep_result_completed on owner_sweep_result (completed_at desc);
