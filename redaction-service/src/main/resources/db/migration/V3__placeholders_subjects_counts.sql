-- Placeholder numbers per conversation (same value → same [TYPE_n] in every message of it).
-- The value is kept only as a keyed hash that includes the conversation, so it cannot be
-- looked up, nor linked across conversations.
create table conversation_placeholder (
    conversation text not null,
    entity_type  text not null,
    value_hash   text not null,
    number       int  not null,
    primary key (conversation, entity_type, value_hash)
);

-- Which conversations belong to a subject, by keyed pseudonyms of its normalised identifiers
-- (e-mail, user name, phone in E.164): rights requests find and erase the entries (R10.1, R10.3)
-- while the corpus holds no identifier.
create table subject_link (
    pseudonym    text not null,
    conversation text not null,
    primary key (pseudonym, conversation)
);
create index subject_link_conversation on subject_link (conversation);

alter table corpus_entry add column entity_counts jsonb not null default '{}'::jsonb;
create index corpus_entry_conversation on corpus_entry (conversation);
create index corpus_entry_stored_at on corpus_entry (stored_at);
