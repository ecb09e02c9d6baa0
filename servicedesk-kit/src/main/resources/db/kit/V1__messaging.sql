-- servicedesk-kit's tables (DESIGN §3), in every service's database.

-- Transactional outbox: written in the transaction of the change it announces, published in
-- order by the relay, deleted once the broker has acknowledged it. A row the broker can never
-- accept is parked (parked_at, parked_reason) and waits for an operator to re-send or discard it.
create table outbox (
    id            uuid primary key,
    seq           bigserial not null unique,
    topic         text not null,
    message_key   text not null,
    ce_type       text not null,
    ce_subject    text,
    extensions    text,
    payload       text not null,
    created_at    timestamptz not null,
    parked_at     timestamptz,
    parked_reason text
);

create index outbox_pending on outbox (seq) where parked_at is null;

-- Inbox: the CloudEvent ids this service has already applied; checked and written in the
-- transaction of the effect, so a redelivered event changes nothing. Pruned after the
-- de-duplication window.
create table inbox (
    event_id    text primary key,
    event_type  text not null,
    received_at timestamptz not null
);

create index inbox_received_at on inbox (received_at);
