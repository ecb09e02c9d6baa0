-- A hold's reason is free text that may name people (issue 12): it is kept sealed under the master
-- key, like the subject's identifiers. Rows written before keep theirs in `reason` until
-- LegalHolds seals them at start-up; then `reason` is null everywhere.
alter table legal_hold add column reason_sealed bytea;
alter table legal_hold alter column reason drop not null;
