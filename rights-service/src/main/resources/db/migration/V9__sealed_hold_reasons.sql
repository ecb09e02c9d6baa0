-- A hold's reason is free text that may name people (issue 12): it is kept sealed under the master
-- key, like the subject's identifiers. Rows written before keep theirs in `reason` until
-- LegalHolds seals them at start-up; then `reason` is null everywhere.
alter table legal_hold add column reason_sealed bytea;
alter table legal_hold alter column reason drop not null;

-- Reading holds (their subjects and reasons) is an audited read like a case's (R9.2): an entry
-- names a case or a hold.
alter table access_audit add column hold_id uuid;
alter table access_audit alter column case_id drop not null;
alter table access_audit add constraint access_audit_names_a_case_or_a_hold check (case_id is not null or hold_id is not null);
