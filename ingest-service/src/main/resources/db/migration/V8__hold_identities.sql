-- R3.1: a hold by identifiers keeps the matching hashes it was placed with (contracts/README.md;
-- the blind indexes are those hashes), so it covers every subject that holds any of them: those
-- known when the hold arrives, and those stored or given such an identifier later, which the
-- trigger adds as they appear. legal_hold keeps one row per covered subject, as before.
create table legal_hold_identity (
    hold_id     uuid not null,
    blind_index text not null,
    reason      text not null,
    placed_at   timestamptz not null,
    placed_by   text not null,
    primary key (hold_id, blind_index)
);
create index legal_hold_identity_index on legal_hold_identity (blind_index);

create function cover_subject_by_holds() returns trigger language plpgsql as $$
begin
    insert into legal_hold (hold_id, subject_id, reason, placed_at, placed_by)
    select i.hold_id, new.id, i.reason, i.placed_at, i.placed_by from legal_hold_identity i
    where i.blind_index in (new.email_index, new.username_index, new.phone_index)
    on conflict do nothing;
    return null;
end $$;

create trigger subject_covered_by_holds
    after insert or update of email_index, username_index, phone_index on subject
    for each row execute function cover_subject_by_holds();
