-- The data keys of seed.sql's subjects, in the keys database (R9.3): same ids, 60 bytes each
-- (a wrapped AES-256 key: 12-byte nonce, 32-byte key, 16-byte tag). Run by run.sh.
\set ON_ERROR_STOP on
set client_min_messages = warning;
truncate data_key;
insert into data_key (subject_id, master_version, wrapped, created_at)
select md5('bench-subject-' || i)::uuid, 1, sha256(int8send(i)) || sha256(int8send(-i)), now() - interval '25 months'
from generate_series(1, :expired_subjects + 800) i;
vacuum analyze data_key;
