-- What the test consumer applied: no key, so an event applied twice shows as two rows.
create table applied (
    event_id text not null,
    body     text not null
);
