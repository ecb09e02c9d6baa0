-- The hand-off of call recordings to the speech-to-text subcontractor (R7.1, R7.4). The token is
-- all the subcontractor learns about a job: random, derived from nothing (no call id, number or
-- name). A job goes with its recording (a sweep or an erasure leaves no way back to the call).
create table transcription_job (
    id              uuid primary key,
    token           text not null unique,
    recording_id    uuid not null references recording (id) on delete cascade,
    contact_id      uuid not null references contact (id) on delete cascade,
    state           text not null check (state in ('PENDING', 'SENT', 'COMPLETED', 'FAILED')),
    attempts        int not null,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    completed_at    timestamptz
);
create index transcription_job_due on transcription_job (next_attempt_at) where state = 'PENDING';
create index transcription_job_recording on transcription_job (recording_id);
create index transcription_job_contact on transcription_job (contact_id);
