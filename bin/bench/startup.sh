#!/usr/bin/env bash
# Start-up time and resident memory of the four services (docs/benchmarks.md), against the suite
# that `bin/suite up` runs (Kafka and PostgreSQL stay up; the services are restarted here).
#   1. alone: each service is stopped and started again while the other three idle; the time is
#      from the start of its JVM until its management port answers /q/health/ready with 200;
#   2. together: all four are stopped and started at once; the time until the last one is ready;
#   3. memory: each service's resident set (VmRSS, and its anonymous and file-backed parts) now,
#      or after a load run with LOAD=1 (ingest-service/bench/load-chat.sh, phases $LOAD_PHASES,
#      default both), and again $SETTLE s later (default 15: what a service gives back once idle).
#   bin/bench/startup.sh
#   LOAD=1 bin/bench/startup.sh
#   SUITE_JAVA_OPTS="-Xmx1g" bin/bench/startup.sh      # the JVM options of the restarted services
#   SUITE_AOT=0 bin/bench/startup.sh                   # without the AOT caches
#   ALONE=0 LOAD=1 bin/bench/startup.sh                # all four restarted at once only, then the load
#   THREADS=1 bin/bench/startup.sh                     # also where each start's CPU went, by thread
# One line per measurement: `startup mode=alone service=ingest ready_ms=… cpu_ms=… faults=… aot=yes|no
# load=…`, with THREADS=1 `threads service=ingest main=… C1=… …` (CPU ms by thread, numbered
# threads of one kind summed, the largest first), `startup mode=together ready_ms=… cpu_ms=… load=…` (CPU of all four), `memory
# service=ingest rss_mb=… anon_mb=… file_mb=… heap_mb=… code_mb=… after=idle|load|load+<SETTLE>s load=…`. On a busy
# machine ready_ms is mostly the wait for a core; cpu_ms (the JVM's user + system time until it was
# ready) is the figure to compare. faults counts the pages the JVM touched for the first time (minor
# page faults): on a virtual machine whose host backs guest memory lazily each costs far more than
# on bare metal, in CPU and in wall-clock time. load is the 1-minute load average.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
for lib in jdk process secrets db keycloak services; do
    # shellcheck disable=SC1090
    source "$SUITE_ROOT/bin/lib/$lib.sh"
done
select_jdk >/dev/null

running_pid kafka >/dev/null || die "kafka is not running: bin/suite up first"
for svc in "${SUITE_SERVICES[@]}"; do
    [[ -f $(service_jar "$svc") ]] || die "$(service_jar "$svc") is missing: bin/suite build first"
done

now_ms() { date +%s%3N; }

# Waits until every named service is ready; prints the milliseconds since $1.
ready_after() {
    local started=$1 svc pending
    shift
    pending=("$@")
    while ((${#pending[@]})); do
        local still=()
        for svc in "${pending[@]}"; do
            running_pid "$svc" >/dev/null || die "$svc exited during start-up; see $SUITE_LOGS/$svc.log"
            [[ $(service_ready_status "$svc") == 200 ]] || still+=("$svc")
        done
        pending=("${still[@]+"${still[@]}"}")
        ((${#pending[@]} == 0)) || sleep 0.05
        if (($(now_ms) - started >= SUITE_READY_TIMEOUT * 1000)); then
            warn "not ready after ${SUITE_READY_TIMEOUT}s: ${pending[*]}"
            printf 'timeout\n'
            return
        fi
    done
    printf '%s\n' "$(($(now_ms) - started))"
}

# CPU time (ms) the process has used: the measure of start-up that other load on the machine
# disturbs least, where the wall-clock time to readiness mostly measures the wait for a core.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(1000 * ($14 + $15) / hz)}' "/proc/$1/stat"; }
minor_faults() { awk '{print $10}' "/proc/$1/stat"; }
load_average() { cut -d' ' -f1 /proc/loadavg; }

# CPU ms of each kind of thread of process $1, largest first: which part of a start costs what
# (main: Quarkus' start; C1/C2 CompilerThread: the JIT; VM Thread: safepoints and collections).
thread_cpu() {
    local hz task
    hz=$(getconf CLK_TCK)
    for task in /proc/"$1"/task/*; do
        # comm may hold spaces; the figures follow its closing parenthesis.
        printf '%s\t%s\n' "$(<"$task/comm")" "$(sed 's/.*) //' "$task/stat" | cut -d' ' -f12,13)"
    done | awk -F'\t' -v hz="$hz" '{
        kind = $1; gsub(/[-#]?[0-9]+$/, "", kind); gsub(/ /, "_", kind)
        split($2, t, " "); ms[kind] += 1000 * (t[1] + t[2]) / hz
    } END { for (k in ms) if (ms[k] >= 10) printf "%d %s\n", ms[k], k }' | sort -rn | awk '{printf " %s=%s", $2, $1}'
}

# Whether the JVM runs with an AOT cache: it keeps the file mapped only when the cache fits it.
aot_used() { grep -q '\.aot$' "/proc/$1/maps" 2>/dev/null && echo yes || echo no; }

for svc in "${SUITE_SERVICES[@]}"; do
    [[ ${ALONE:-1} == 1 ]] || break
    stop_process "$svc" 2>/dev/null
    started=$(now_ms)
    service_start "$svc" 2>/dev/null
    ready_ms=$(ready_after "$started" "$svc")
    pid=$(running_pid "$svc")
    printf 'startup mode=alone service=%s ready_ms=%s cpu_ms=%s faults=%s aot=%s load=%s\n' "$svc" "$ready_ms" \
        "$(cpu_ms "$pid")" "$(minor_faults "$pid")" "$(aot_used "$pid")" "$(load_average)"
    [[ ${THREADS:-0} == 1 ]] && printf 'threads service=%s%s\n' "$svc" "$(thread_cpu "$pid")"
done

for svc in "${SUITE_SERVICES[@]}"; do stop_process "$svc" 2>/dev/null; done
started=$(now_ms)
for svc in "${SUITE_SERVICES[@]}"; do service_start "$svc" 2>/dev/null; done
ready_ms=$(ready_after "$started" "${SUITE_SERVICES[@]}")
cpu_total=0
for svc in "${SUITE_SERVICES[@]}"; do cpu_total=$((cpu_total + $(cpu_ms "$(running_pid "$svc")"))); done
printf 'startup mode=together ready_ms=%s cpu_ms=%s load=%s\n' "$ready_ms" "$cpu_total" "$(load_average)"

after=idle
if [[ ${LOAD:-0} == 1 ]]; then
    PHASES=${LOAD_PHASES:-latency throughput} "$SUITE_ROOT/ingest-service/bench/load-chat.sh"
    after=load
fi
# The resident set (VmRSS) and its parts: anonymous memory, private to the process (heap, code,
# stacks, malloc, the pages of the AOT cache the JVM wrote), and pages of files (the AOT cache
# as written, libjvm.so, jars), which the kernel shares between processes and can reclaim.
status_mb() { awk -v field="$2:" '$1 == field {print int($2 / 1024)}' "/proc/$1/status"; }
# The two parts of the anonymous memory that grow under load, asked of the JVM itself: the heap
# its collector has committed (the generations' or regions' total, not the live data) and the
# code cache's committed part (compiled code). `-` when the JVM does not answer (a service in a container).
heap_mb() {
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/^ *(eden|from|to|the|region|Metaspace|class space) / { next }
        match($0, /committed [0-9]+K/) { kb += substr($0, RSTART + 10, RLENGTH - 11); next }
        match($0, /total [0-9]+K/) { kb += substr($0, RSTART + 6, RLENGTH - 7) }
        END { if (kb) print int(kb / 1024); else print "-" }'
}
code_mb() {
    local low committed bytes=0
    # Each code heap's "bounds [low, committed, high]": the pages from low up to committed are in use.
    while read -r low committed; do
        bytes=$((bytes + committed - low))
    done < <(jcmd "$1" Compiler.codecache 2>/dev/null | sed -n 's/^ *bounds \[\(0x[0-9a-f]*\), \(0x[0-9a-f]*\),.*/\1 \2/p')
    ((bytes > 0)) && echo $((bytes / 1048576)) || echo -
}
print_memory() {
    local svc pid
    for svc in "${SUITE_SERVICES[@]}"; do
        pid=$(running_pid "$svc")
        printf 'memory service=%s rss_mb=%s anon_mb=%s file_mb=%s heap_mb=%s code_mb=%s after=%s load=%s\n' "$svc" \
            "$(status_mb "$pid" VmRSS)" "$(status_mb "$pid" RssAnon)" "$(status_mb "$pid" RssFile)" \
            "$(heap_mb "$pid")" "$(code_mb "$pid")" "$1" "$(load_average)"
    done
}
print_memory "$after"
if [[ $after == load ]] && ((${SETTLE:-15} > 0)); then
    sleep "${SETTLE:-15}"
    print_memory "load+${SETTLE:-15}s"
fi
