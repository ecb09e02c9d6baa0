-- The de-identified bot-development corpus (purpose B, R3.2): redacted text only (R8.2), the
-- conversation known by a pseudonym. id is the export cursor; stored_at the retention clock.
create table corpus_entry (
    id                bigserial primary key,
    source_message_id uuid not null unique,
    conversation      text not null,
    sequence          int not null,
    speaker           text not null,
    language          text,
    channel           text not null,
    text              text not null,
    stored_at         timestamptz not null
);
