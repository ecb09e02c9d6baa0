-- R5.4, R9.1: a recording is stored as numbered chunks, each AES-256-GCM under the subject's key
-- and bound (associated data) to its recording and position, so that an upload streams in and a
-- download streams out without the audio ever being whole in memory. The recording row keeps what
-- describes it (content type, size, sha256, purpose, stored_at); its chunks go with it (cascade),
-- whether a sweep (R8.3), an erasure or the contact's deletion removes it.
create table recording_chunk (
    recording_id uuid not null references recording (id) on delete cascade,
    seq          int not null,
    data_enc     bytea not null,
    primary key (recording_id, seq)
);
-- Ciphertext does not compress: store it out of line without trying.
alter table recording_chunk alter column data_enc set storage external;

-- Nothing could upload a recording before this version, so no audio is lost here.
alter table recording drop column audio_enc;
