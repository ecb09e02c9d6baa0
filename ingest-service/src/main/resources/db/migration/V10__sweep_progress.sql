-- What a retention sweep has deleted so far, per category, counted in the transaction of each batch
-- it deleted: a sweep that is killed part way and taken up again reports every row it deleted once,
-- the killed run's committed batches included (R8). Forgotten when the sweep's report is kept.
create table sweep_progress (
    sweep_id uuid   not null,
    category text   not null,
    deleted  bigint not null,
    primary key (sweep_id, category)
);
