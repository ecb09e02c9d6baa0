-- The comparison of the retention benchmark (issue #5): a plain batched DELETE of the expired
-- messages on the same seeded data — no holds, no contacts, no keys; :batch rows per transaction.
-- Two forms, each run by run.sh on its own copy of the seeded database:
--   by_id    delete … where id in (select id … limit n), as retention-service/bench/ does;
--   by_ctid  delete … where ctid = any(array(select ctid … limit n)), the form RetentionSweep uses.
\set ON_ERROR_STOP on
set client_min_messages = warning;
create procedure bench_batched_delete(cutoff timestamptz, batch int, by_ctid boolean)
language plpgsql as $$
declare
    n int;
begin
    loop
        if by_ctid then
            delete from message where ctid = any(array(select ctid from message where stored_at < cutoff limit batch));
        else
            delete from message where id in (select id from message where stored_at < cutoff limit batch);
        end if;
        get diagnostics n = row_count;
        commit;
        exit when n = 0;
    end loop;
end $$;
\timing on
call bench_batched_delete(now() - interval '12 months', :batch, :by_ctid);
\timing off
select count(*) as messages_left, count(*) filter (where stored_at < now() - interval '12 months') as expired_left
from message;
