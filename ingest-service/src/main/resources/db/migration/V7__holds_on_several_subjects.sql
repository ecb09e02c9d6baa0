-- R3.1: a hold by identifiers covers every subject any of them belongs to, one row per subject;
-- a redelivered hold adds nothing.
alter table legal_hold drop constraint legal_hold_pkey;
create unique index legal_hold_once on legal_hold (hold_id, contact_id, subject_id) nulls not distinct;
create index legal_hold_id on legal_hold (hold_id);
