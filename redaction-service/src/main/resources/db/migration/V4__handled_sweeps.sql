-- Sweeps already carried out: a sweep command repeated under a new event id does nothing twice.
create table handled_sweep (
    sweep_id   uuid primary key,
    handled_at timestamptz not null
);
