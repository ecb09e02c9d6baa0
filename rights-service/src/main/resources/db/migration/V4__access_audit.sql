-- R9.2, DESIGN §6: every read of personal data through the API — who, when, which case, why.
-- at is also the audit category's retention clock (DESIGN §4).
create table access_audit (
    id      bigserial primary key,
    at      timestamptz not null,
    who     text not null,
    case_id uuid not null,
    action  text not null,
    reason  text not null
);
create index access_audit_at on access_audit (at);
create index access_audit_case on access_audit (case_id);
