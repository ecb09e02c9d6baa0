-- Webhook receipts: the sender's message id (Standard Webhooks webhook-id) per source, so a
-- repeated delivery is answered 2xx and stores nothing new (DESIGN §3).
create table webhook_receipt (
    source      text not null,
    webhook_id  text not null,
    received_at timestamptz not null,
    primary key (source, webhook_id)
);

-- One support event (R1.1). purpose: A (disputes, R3.1); stored_at starts the retention clock (R8.1).
create table contact (
    id               uuid primary key,
    channel          text not null,
    external_id      text not null,
    subject_name     text,
    subject_email    text,
    subject_username text,
    subject_phone    text,
    agent_name       text,
    started_at       timestamptz,
    ended_at         timestamptz,
    purpose          text not null,
    stored_at        timestamptz not null,
    unique (channel, external_id)
);

-- Chat text or transcript segments, in order (R5.5), stored as they are (R5.6).
create table message (
    id          uuid primary key,
    contact_id  uuid not null references contact (id) on delete cascade,
    seq         int not null,
    external_id text,
    speaker     text not null,
    text        text not null,
    occurred_at timestamptz,
    purpose     text not null,
    stored_at   timestamptz not null,
    unique (contact_id, seq)
);
