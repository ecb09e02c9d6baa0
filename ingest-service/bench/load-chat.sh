#!/usr/bin/env bash
# Load benchmark of ingest-service's chat webhook (issue #3, docs/benchmarks.md), against the
# suite that `bin/suite up` runs. Two phases, each followed by a check that every accepted
# message is in the database and announced on servicedesk.interactions.v1:
#   1. latency: open loop at RATE messages/s (default 500) for SECONDS_PER_PHASE (default 20);
#   2. throughput: closed loop, CONCURRENCY senders (default 32) as fast as answers come.
#   ingest-service/bench/load-chat.sh                 # both phases
#   PHASES=latency RATE=800 ingest-service/bench/load-chat.sh
#   PROFILE=1 ingest-service/bench/load-chat.sh       # also a JFR recording of ingest's hot methods
#   PGBENCH=0 ingest-service/bench/load-chat.sh       # without PostgreSQL's own commit rate
# First, PostgreSQL's rate of single-row insert commits (pgbench, 16 clients, 10 s, on a scratch
# database next to ingest's), so each phase line also says which fraction of it ingest reached
# (`pg_ratio`): ingest commits one transaction per message. Each phase line also splits ingest's
# CPU a message by the threads that spent it (`cpu_http`, `cpu_write`, …; thread_ticks below), so a
# figure through the suite can be set beside ChatWritePathBenchmarkTest's, which has no HTTP. A
# `machine` line after each phase gives the CPU a message of every part of the machine (ingest,
# PostgreSQL, redaction, Kafka, the load generator, the rest) and the cores busy: the generator
# shares the two cores with the suite, so the rate a target asks for is reachable only when their sum fits.
# It also gives the write-ahead log PostgreSQL wrote a message (`wal_kb_per_msg`, the whole cluster: ingest's
# rows, the outbox's deletes and what redaction stored by the end of the outbox's drain), a figure that, unlike
# CPU, the machine's load does not move.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../../bin/lib/common.sh"
for lib in jdk process secrets; do
    # shellcheck disable=SC1090
    source "$SUITE_ROOT/bin/lib/$lib.sh"
done
select_jdk >/dev/null

RATE=${RATE:-500} SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-20} CONCURRENCY=${CONCURRENCY:-32}
PHASES=${PHASES:-latency throughput}
url="http://$SUITE_HOST:${INGEST_PORT:-8081}"
topic=servicedesk.interactions.v1
# The generator is compiled once per change of its source, not by each launch (javac in the
# launching JVM cost about 2 CPU-s a run, on the cores the suite is measured on).
generator_src="$SUITE_ROOT/ingest-service/bench/LoadChat.java" generator_classes="$SUITE_HOME/bench/load-chat"
if [[ ! -f $generator_classes/LoadChat.class || $generator_src -nt $generator_classes/LoadChat.class ]]; then
    mkdir -p "$generator_classes"
    javac -d "$generator_classes" -cp "$SUITE_HOME/kafka/libs/*" "$generator_src"
fi
load=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$generator_classes:$SUITE_HOME/kafka/libs/*" LoadChat)

ingest_pid=$(running_pid ingest) || die "ingest is not running: bin/suite up first"
[[ -f $SECRETS_ENV ]] || die "no $SECRETS_ENV: bin/suite up first"
secret=$(secret INGEST_WEBHOOK_SECRET_CHAT)

# The suite's databases carry SUITE_DB_SUFFIX (bin/lib/db.sh), so several suites can share one PostgreSQL.
ingest_db="ingest${SUITE_DB_SUFFIX:-}"
sql() { psql -X -q -At -d "$ingest_db" -c "$1"; }

# Waits until the outbox is empty, so the topic holds every event of the run.
drain_outbox() {
    local waited=0
    until [[ $(sql "select count(*) from outbox") == 0 ]]; do
        ((waited++ < 300)) || die "the outbox did not drain in 300 s"
        sleep 1
    done
}

# Single-row INSERT commits per second that PostgreSQL takes from 16 clients in 10 s.
postgres_commit_rate() {
    local db=ingest_pgbench${SUITE_DB_SUFFIX:-} script
    [[ $(psql -X -q -At -d postgres -c "select 1 from pg_database where datname = '$db'") == 1 ]] || createdb "$db"
    psql -X -q -d "$db" -c "drop table if exists commit_rate; create table commit_rate (id bigserial primary key, payload text not null)" >/dev/null 2>&1
    script=$(mktemp)
    echo "insert into commit_rate (payload) values (repeat('x', 200));" >"$script"
    pgbench -n -c 16 -j 2 -T 10 -f "$script" "$db" 2>/dev/null |
        sed -n 's/^tps = \([0-9]*\).*/\1/p' | head -n 1
    rm -f "$script"
    psql -X -q -d "$db" -c "drop table commit_rate" >/dev/null
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Each thread's CPU ticks (user + system) and the part of the process it belongs to, by its name:
# http (the event loops: body, signature, JSON, validation, answer), write (the carrier threads of
# the virtual threads (ForkJoinPool-<n>-worker-<m>, whichever pool number the JVM gave their
# scheduler), which run the group commits and the outbox relay, and the JDK's poller that
# wakes them at each JDBC answer), producer (the Kafka producer's I/O thread), consumers (the command
# consumers' polling and heartbeats, paid whether messages come or not), jit, gc, other.
thread_ticks() {
    local task name
    for task in /proc/"$1"/task/*; do
        name=$(cat "$task/comm" 2>/dev/null) || continue
        case $name in
            vert.x-eventloo*) name=http ;;
            ForkJoinPool-[0-9]*|MasterPoller) name=write ;;
            kafka-producer*) name=producer ;;
            smallrye-kafka*|kafka-coordinat*) name=consumers ;;
            C1\ Compiler*|C2\ Compiler*) name=jit ;;
            VM\ Thread|GC\ Thread*) name=gc ;;
            *) name=other ;;
        esac
        awk -v t="${task##*/}" -v n="$name" '{sub(/^.*\) /, ""); print t, n, $12 + $13}' "$task/stat" 2>/dev/null
    done
}

# Ingest's CPU a message (ms) of each part between two thread_ticks listings, over <messages>:
# "cpu_consumers=0.08 cpu_gc=0.02 cpu_http=0.41 …"; a thread that ended in between is left out.
cpu_by_part() {
    awk -v n="$3" -v hz="$(getconf CLK_TCK)" '
        FNR == NR { before[$1] = $3; next }
        { part[$2] += $3 - before[$1] }
        END { for (p in part) printf "cpu_%s=%.2f\n", p, n ? 1000 * part[p] / hz / n : 0 }' "$1" "$2" |
        sort | paste -sd ' '
}

# CPU ticks (user + system) of each part of the machine, one "<part> <ticks>" line each: the suite's
# processes by their pid files (the services, kafka, keycloak), PostgreSQL's processes by name, and
# the whole machine (/proc/stat, every core) as "machine"; a process that ended in between is missed.
machine_ticks() {
    local part pid
    for part in ingest redaction retention rights kafka keycloak; do
        pid=$(running_pid "$part") || continue
        echo "$part $(cpu_ticks "$pid")"
    done
    for pid in $(pgrep -x postgres); do
        echo "postgres $(cpu_ticks "$pid" 2>/dev/null || echo 0)"
    done
    awk '/^cpu / {print "machine", $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

# The CPU a message (ms) of each part of the machine between two machine_ticks listings, the load
# generator's (<loadgen_ms>, measured by the shell) and the rest of the machine ("elsewhere": other
# builds, the kernel's own threads), over <messages>, and how many cores were busy on average over <seconds>:
# the target rate can only be reached when the suite's CPU a message times that rate fits the cores.
cpu_by_process() {
    awk -v n="$3" -v hz="$(getconf CLK_TCK)" -v gen="$4" -v secs="$5" '
        FNR == NR { before[$1] += $2; next }
        { after[$1] += $2 }
        END {
            ms = n ? 1000 / hz / n : 0
            for (p in after) if (p != "machine") { d = after[p] - before[p]; known += d; line = line sprintf(" %s=%.2f", p, d * ms) }
            total = after["machine"] - before["machine"]
            printf "total=%.2f%s loadgen=%.2f elsewhere=%.2f cores_busy=%.2f\n", total * ms, line, n ? gen / n : 0,
                (total - known) * ms - (n ? gen / n : 0), secs ? total / hz / secs : 0
        }' "$1" "$2"
}

# The CPU (user + system) of this shell's finished children, from bash's `times` run in this shell
# (in a command substitution it would count the subshell's children): recorded to <file>, then read
# as milliseconds.
record_children_cpu() { times >"$1"; }
children_cpu_ms() {
    awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /m|s/); ms += (t[1] * 60 + t[2]) * 1000 } printf "%d\n", ms }' "$1"
}

phase() {
    local name=$1 rate=$2 run summary before after stored published ticks_before ticks_after threads_before threads_after
    local machine_before machine_after loadgen_before loadgen_ms started elapsed wal_before wal_bytes
    run="load-$name-$(date +%s)"
    drain_outbox
    # What autovacuum would have done by now (a PostgreSQL may run without it, as this machine's
    # does): the outbox's dead rows of earlier runs would otherwise slow every later one.
    vacuumdb -q -z -d "$ingest_db"
    wal_before=$(sql "select pg_current_wal_lsn()")
    threads_before=$(mktemp) threads_after=$(mktemp)
    thread_ticks "$ingest_pid" >"$threads_before"
    machine_before=$(mktemp) machine_after=$(mktemp)
    machine_ticks >"$machine_before"
    ticks_before=$(cpu_ticks "$ingest_pid")
    record_children_cpu "$machine_before.times"
    loadgen_before=$(children_cpu_ms "$machine_before.times")
    started=$EPOCHREALTIME
    say "$name: rate=$rate seconds=$SECONDS_PER_PHASE concurrency=$CONCURRENCY run=$run"
    summary=$("${load[@]}" --url "$url" --secret "$secret" --rate "$rate" --seconds "$SECONDS_PER_PHASE" \
        --concurrency "$CONCURRENCY" --run "$run" --bootstrap "$SUITE_KAFKA_BOOTSTRAP" --topic "$topic")
    ticks_after=$(cpu_ticks "$ingest_pid")
    machine_ticks >"$machine_after"
    record_children_cpu "$machine_after.times"
    loadgen_ms=$(($(children_cpu_ms "$machine_after.times") - loadgen_before))
    elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    thread_ticks "$ingest_pid" >"$threads_after"
    drain_outbox
    wal_bytes=$(sql "select pg_current_wal_lsn() - '$wal_before'::pg_lsn")
    before=$(sed -n 's/.*offsets_before=\([0-9]*\).*/\1/p' <<<"$summary")
    after=$("${load[@]}" offsets --bootstrap "$SUITE_KAFKA_BOOTSTRAP" --topic "$topic")
    stored=$(sql "select count(*) from message m join contact c on c.id = m.contact_id where c.external_id like '$run-c%'")
    published=$((after - before))
    accepted=$(sed -n 's/.*accepted=\([0-9]*\).*/\1/p' <<<"$summary")
    throughput=$(sed -n 's/.*throughput=\([0-9]*\).*/\1/p' <<<"$summary")
    cpu_ms=$((1000 * (ticks_after - ticks_before) / $(getconf CLK_TCK)))
    printf '%s %s stored=%s published=%s ingest_cpu_s=%s ingest_cpu_ms_per_msg=%s ingest_rss_mb=%s pg_ratio=%s %s\n' \
        "$name" "${summary% offsets_before=*}" "$stored" "$published" "$((cpu_ms / 1000))" \
        "$(awk -v c="$cpu_ms" -v n="$accepted" 'BEGIN { printf "%.2f", n ? c / n : 0 }')" \
        "$(($(awk '/VmRSS/ {print $2}' "/proc/$ingest_pid/status") / 1024))" \
        "$(awk -v t="$throughput" -v r="${commit_rate:-0}" 'BEGIN { if (r > 0) printf "%.3f", t / r; else printf "-" }')" \
        "$(cpu_by_part "$threads_before" "$threads_after" "$accepted")"
    printf 'machine phase=%s cpu_ms_per_msg %s wal_kb_per_msg=%s\n' "$name" \
        "$(cpu_by_process "$machine_before" "$machine_after" "$accepted" "$loadgen_ms" "$elapsed")" \
        "$(awk -v b="$wal_bytes" -v n="$accepted" 'BEGIN { printf "%.2f", n ? b / n / 1024 : 0 }')"
    rm -f "$threads_before" "$threads_after" "$machine_before"{,.times} "$machine_after"{,.times}
    [[ $stored == "$accepted" ]] || warn "$name: $accepted accepted but $stored stored"
    [[ $published -ge $accepted ]] || warn "$name: $accepted accepted but $published events published"
}

if [[ ${PGBENCH:-1} == 1 ]]; then
    commit_rate=$(postgres_commit_rate)
    printf 'postgres commit_rate=%s clients=16 seconds=10\n' "$commit_rate"
fi
if [[ ${PROFILE:-0} == 1 ]]; then
    jfr_file="$SUITE_HOME/logs/ingest-load-$(date +%s).jfr"
    jcmd "$ingest_pid" JFR.start name=load settings=profile filename="$jfr_file" >/dev/null
fi
for p in $PHASES; do
    case $p in
        latency) phase latency "$RATE" ;;
        throughput) phase throughput max ;;
        *) die "unknown phase: $p (latency, throughput)" ;;
    esac
done
if [[ ${PROFILE:-0} == 1 ]]; then
    jcmd "$ingest_pid" JFR.stop name=load >/dev/null
    jfr view --width 160 hot-methods "$jfr_file" | head -40
    say "recording: $jfr_file"
fi
