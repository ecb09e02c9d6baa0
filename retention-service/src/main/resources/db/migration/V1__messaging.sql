-- Transactional outbox (DESIGN §3): written in the same transaction as the change it announces,
-- published in order by OutboxRelay, deleted once the broker has acknowledged it.
create table outbox (
    id          uuid primary key,
    seq         bigserial not null unique,
    topic       text not null,
    message_key text not null,
    ce_type     text not null,
    ce_subject  text,
    payload     text not null,
    created_at  timestamptz not null
);

-- Inbox: the CloudEvent ids this service has already applied; checked and written in the
-- transaction of the effect, so a redelivered event changes nothing.
create table inbox (
    event_id    text primary key,
    event_type  text not null,
    received_at timestamptz not null
);
