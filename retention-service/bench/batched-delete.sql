-- Baseline of the 1M-message sweep benchmark (issue #5): a plain batched DELETE of expired rows,
-- one transaction per batch, on a synthetic table shaped like ingest's messages. Run by run.sh.
\set ON_ERROR_STOP on
set client_min_messages = warning;
drop table if exists bench_message;
drop procedure if exists bench_sweep;
create table bench_message (
    id         uuid primary key,
    contact_id uuid not null,
    stored_at  timestamptz not null,
    ciphertext bytea not null
);
create index bench_message_stored_at on bench_message (stored_at);

-- :rows expired messages (13-14 months old), ten per contact, ~200 bytes of ciphertext each,
-- plus 1 % unexpired ones that must survive.
insert into bench_message
select gen_random_uuid(), md5((i / 10)::text)::uuid, now() - interval '13 months' - (i % 1000) * interval '1 minute',
       decode(repeat(md5(i::text), 6), 'hex')
from generate_series(1, :rows) i;
insert into bench_message
select gen_random_uuid(), gen_random_uuid(), now() - interval '1 month', decode(md5(i::text), 'hex')
from generate_series(1, :rows / 100) i;
vacuum analyze bench_message;

create procedure bench_sweep(cutoff timestamptz, batch int)
language plpgsql as $$
declare
    n int;
begin
    loop
        delete from bench_message where id in (
            select id from bench_message where stored_at < cutoff limit batch);
        get diagnostics n = row_count;
        commit;
        exit when n = 0;
    end loop;
end $$;

\timing on
call bench_sweep(now() - interval '12 months', :batch);
\timing off
select count(*) as remaining, count(*) filter (where stored_at < now() - interval '12 months') as expired_left
from bench_message;
drop procedure bench_sweep;
drop table bench_message;
