-- R9.1, R9.3: personal data leaves plaintext columns. Identifiers live once, on the subject,
-- encrypted under the subject's data key (kept in the separate ingest_keys database); look-up
-- goes through keyed blind indexes (HMAC-SHA256 of the normalised identifier), never by
-- decrypting. Every item keeps purpose and stored_at (R3.3, R8.1).
create table subject (
    id             uuid primary key,
    name_enc       bytea,
    email_enc      bytea,
    username_enc   bytea,
    phone_enc      bytea,
    email_index    text,
    username_index text,
    phone_index    text,
    objected_at    timestamptz,
    purpose        text not null,
    stored_at      timestamptz not null
);
create index subject_email_index on subject (email_index);
create index subject_username_index on subject (username_index);
create index subject_phone_index on subject (phone_index);

-- The foundation stored identifiers and text in plaintext; they cannot be kept as they are.
delete from message;
delete from contact;

alter table contact
    drop column subject_name,
    drop column subject_email,
    drop column subject_username,
    drop column subject_phone,
    drop column agent_name,
    add column subject_id uuid not null references subject (id),
    add column agent_name_enc bytea;
create index contact_subject on contact (subject_id);
create index contact_stored_at on contact (stored_at);

alter table message
    drop column text,
    add column text_enc bytea not null,
    add column language text;
create index message_stored_at on message (stored_at);

-- A call's audio (R5.4), encrypted under the subject's key. It may expire before its contact (R8.3).
create table recording (
    id           uuid primary key,
    contact_id   uuid not null unique references contact (id) on delete cascade,
    content_type text not null,
    bytes        bigint not null,
    sha256       text not null,
    audio_enc    bytea not null,
    purpose      text not null,
    stored_at    timestamptz not null
);
create index recording_stored_at on recording (stored_at);

-- Every hand-off to a subcontractor (R7.1): recipient, what, when, purpose.
create table transfer_log (
    id         uuid primary key,
    subject_id uuid,
    contact_id uuid,
    recipient  text not null,
    what       text not null,
    purpose    text not null,
    at         timestamptz not null,
    stored_at  timestamptz not null
);
create index transfer_log_subject on transfer_log (subject_id);

-- Every read of personal data through the API (R9.2): who, when, which subject and contact, why.
create table access_audit (
    id         uuid primary key,
    who        text not null,
    reason     text not null,
    subject_id uuid,
    contact_id uuid,
    at         timestamptz not null,
    purpose    text not null,
    stored_at  timestamptz not null
);
create index access_audit_subject on access_audit (subject_id);
create index access_audit_stored_at on access_audit (stored_at);

-- Legal holds (R3.1) from rights-service: one contact, or every contact of a subject, now and later.
create table legal_hold (
    hold_id    uuid primary key,
    contact_id uuid,
    subject_id uuid,
    reason     text not null,
    placed_at  timestamptz not null,
    placed_by  text not null,
    check ((contact_id is null) <> (subject_id is null))
);
create index legal_hold_contact on legal_hold (contact_id);
create index legal_hold_subject on legal_hold (subject_id);
