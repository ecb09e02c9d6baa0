#!/usr/bin/env bash
# Retention benchmark (issue #5, R8.1): one million expired messages swept through ingest's own
# code path, compared with a plain batched DELETE of the same seeded data.
#
#   ingest-service/bench/retention/run.sh                  # 9,900 + 800 subjects, 5 contacts × 20 messages
#   EXPIRED_SUBJECTS=990 ingest-service/bench/retention/run.sh   # 100,000 messages, for a quick look
#
# What it does, apart from the local suite (own state in .suite/retention-bench, own Kafka on
# BENCH_KAFKA_PORT, own databases ingest_bench + ingest_keys_bench, ingest on BENCH_INGEST_PORT):
#  1. builds ingest-service (BENCH_BUILD=0 skips it) and starts a copy of its jar against the
#     bench databases once, so that its Flyway migrates them: the schema is the real one;
#  2. seeds them (seed.sql, keys.sql) while ingest is stopped, and copies the seeded database twice
#     (CREATE DATABASE … TEMPLATE) to time plain batched DELETEs of the expired messages on exactly
#     the same data (batched-delete.sql, batches of BATCH rows, by id and by ctid);
#  3. starts ingest again and times a sweep: SweepBench.java publishes a sweep-requested CloudEvent
#     and waits for ingest's sweep-completed report; check.sql then shows that nothing expired and
#     unheld is left and every held or unexpired message stayed;
#  4. stops what it started (BENCH_KEEP=1 leaves ingest and Kafka running).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export SUITE_HOME="${BENCH_HOME:-$(cd "$here/../../.." && pwd)/.suite/retention-bench}"
export SUITE_KAFKA_PORT="${BENCH_KAFKA_PORT:-19092}" SUITE_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-19093}"
export SUITE_INGEST_PORT="${BENCH_INGEST_PORT:-18081}"
# shellcheck source=../../../bin/lib/common.sh
source "$here/../../../bin/lib/common.sh"
for lib in jdk process kafka secrets db services; do
    # shellcheck disable=SC1090
    source "$SUITE_ROOT/bin/lib/$lib.sh"
done
select_jdk || exit 1

expired_subjects=${EXPIRED_SUBJECTS:-9900} contacts=${CONTACTS_PER_SUBJECT:-5} messages=${MESSAGES_PER_CONTACT:-20}
batch=${BATCH:-10000}
data_db=ingest_bench keys_db=ingest_keys_bench
app="$SUITE_HOME/ingest-app"
java_opts=${BENCH_JAVA_OPTS:--Xmx512m}

bench_psql() { psql -X -q -v ON_ERROR_STOP=1 -v expired_subjects="$expired_subjects" \
    -v contacts_per_subject="$contacts" -v messages_per_contact="$messages" -v batch="$batch" "$@"; }

# Runs the copied ingest jar against the bench databases and Kafka (execs: keeps the pid).
bench_ingest_java() {
    service_environment ingest "$SUITE_INGEST_PORT"
    export QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$data_db")" QUARKUS_DATASOURCE_KEYS_JDBC_URL="$(jdbc_url "$keys_db")"
    # shellcheck disable=SC2086 # java_opts is a list of options
    exec java $java_opts $(process_marker ingest) -Dquarkus.profile=local -jar "$app/quarkus-run.jar"
}

seed() {
    say "seeding $data_db and $keys_db"
    bench_psql -d "$data_db" -f "$here/seed.sql"
    bench_psql -d "$keys_db" -f "$here/keys.sql"
}

start_ingest() {
    port_open "$SUITE_HOST" "$SUITE_INGEST_PORT" && die "$SUITE_HOST:$SUITE_INGEST_PORT is taken; set BENCH_INGEST_PORT"
    say "starting ingest on port $SUITE_INGEST_PORT against $data_db"
    start_background ingest bench_ingest_java
    local deadline=$((SECONDS + 180))
    until [[ $(service_ready_status ingest) == 200 ]]; do
        running_pid ingest >/dev/null || die "ingest exited; see $SUITE_LOGS/ingest.log"
        ((SECONDS < deadline)) || die "ingest not ready after 180 s; see $SUITE_LOGS/ingest.log"
        sleep 1
    done
}

# A plain batched DELETE on a copy of the seeded data ($1: false = by id, true = by ctid).
plain_delete() {
    local copy="${data_db}_plain"
    psql -X -q -d postgres -c "drop database if exists $copy" -c "create database $copy template $data_db"
    say "plain batched DELETE of the expired messages, batches of $batch, by $([[ $1 == true ]] && echo ctid || echo id)"
    bench_psql -d "$copy" -v by_ctid="$1" -f "$here/batched-delete.sql"
    psql -X -q -d postgres -c "drop database $copy"
}

stop_all() {
    [[ ${BENCH_KEEP:-0} == 1 ]] && return 0
    stop_process ingest
    stop_process kafka
}

if [[ ${BENCH_BUILD:-1} == 1 ]]; then
    say "building ingest-service"
    mvnw -q -o -DskipTests package -pl ingest-service -am
fi
# A copy, so that a rebuild meanwhile does not change the jar under the running service.
rm -rf "$app"
mkdir -p "$SUITE_HOME"
cp -r "$SUITE_ROOT/ingest-service/target/quarkus-app" "$app"

for db in "$data_db" "$keys_db"; do
    [[ $(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$db'") == 1 ]] || createdb "$db"
done
ensure_secrets
trap stop_all EXIT
kafka_start
kafka_topics

stop_process ingest
start_ingest   # migrates the bench databases
stop_process ingest
seed
plain_delete false
plain_delete true

start_ingest
say "retention sweep through ingest (sweep-requested → sweep-completed)"
java -cp "$KAFKA_LIBS/*" "$here/SweepBench.java" "$SUITE_KAFKA_BOOTSTRAP" "${BENCH_TIMEOUT:-900}"
bench_psql -d "$data_db" -f "$here/check.sql"
printf 'data keys left: %s\n' "$(psql -X -At -d "$keys_db" -c 'select count(*) from data_key')"
