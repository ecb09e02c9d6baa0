#!/usr/bin/env bash
# Rerunnable baseline: time a batched DELETE of ROWS expired messages on PostgreSQL.
#   retention-service/bench/run.sh            # 1,000,000 rows, batches of 10,000
#   ROWS=100000 BATCH=5000 retention-service/bench/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
host=${PGHOST:-127.0.0.1} user=${PGUSER:-postgres} db=${BENCH_DB:-retention_bench}
rows=${ROWS:-1000000} batch=${BATCH:-10000}
if ! psql -h "$host" -U "$user" -d postgres -Atc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    createdb -h "$host" -U "$user" "$db"
fi
echo "batched DELETE baseline: $rows expired rows, batches of $batch, database $db"
psql -h "$host" -U "$user" -d "$db" -q -v rows="$rows" -v batch="$batch" -f "$here/batched-delete.sql"
