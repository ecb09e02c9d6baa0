# Background processes of the suite, tracked by pid files in $SUITE_PIDS/<name>.pid.
# Every JVM the suite starts carries -Dsuite.process=<name> -Dsuite.home=$SUITE_HOME, so a pid
# is only taken for ours when its command line says so (a recycled pid is not stopped).

pid_file() { printf '%s/%s.pid\n' "$SUITE_PIDS" "$1"; }

# The JVM options that mark a process as <name> of this suite.
process_marker() { printf '%s\n' "-Dsuite.process=$1" "-Dsuite.home=$SUITE_HOME"; }

# True when pid $1 is alive and is the suite's process <name> $2.
is_ours() {
    local pid=$1 name=$2 cmdline
    kill -0 "$pid" 2>/dev/null || return 1
    [[ -r /proc/$pid/cmdline ]] || return 0
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline")
    [[ $cmdline == *"-Dsuite.process=$name -Dsuite.home=$SUITE_HOME "* ]]
}

# Prints the pid of the running process <name>; fails when there is none. A stale pid file is
# dropped; a process of ours whose pid file is gone gets it back.
running_pid() {
    local file pid stray
    file=$(pid_file "$1")
    if [[ -f $file ]]; then
        pid=$(<"$file")
        if [[ $pid =~ ^[0-9]+$ ]] && is_ours "$pid" "$1"; then
            printf '%s\n' "$pid"
            return 0
        fi
        rm -f "$file"
    fi
    while read -r pid stray; do
        if [[ $stray == "$1" ]]; then
            mkdir -p "$SUITE_PIDS"
            printf '%s\n' "$pid" >"$file"
            printf '%s\n' "$pid"
            return 0
        fi
    done < <(stray_processes)
    return 1
}

# start_background <name> <command…>: runs the command (which must exec the JVM, keeping the
# pid) detached from the terminal, output appended to $SUITE_LOGS/<name>.log.
start_background() {
    local name=$1 log
    shift
    log="$SUITE_LOGS/$name.log"
    mkdir -p "$SUITE_LOGS" "$SUITE_PIDS"
    printf '\n---- %s: started by bin/suite\n' "$(date -Is)" >>"$log"
    (trap '' HUP; "$@") </dev/null >>"$log" 2>&1 &
    local pid=$! waited=0
    printf '%s\n' "$pid" >"$(pid_file "$name")"
    # Until the launcher has exec'd the process its command line is bash's, which running_pid would
    # take for a stranger's (dropping the pid file, so a loaded machine reported "exited during
    # start-up"): wait for the exec, up to 30 s.
    while kill -0 "$pid" 2>/dev/null && ! is_ours "$pid" "$name" && ((waited++ < 300)); do
        sleep 0.1
    done
}

# Stops the running process <name>: TERM, up to $SUITE_STOP_TIMEOUT s, then KILL.
stop_process() {
    local name=$1 pid waited=0
    if ! pid=$(running_pid "$name"); then
        return 0
    fi
    say "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((waited < SUITE_STOP_TIMEOUT * 5)); do
        sleep 0.2
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        warn "$name did not stop in ${SUITE_STOP_TIMEOUT}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$(pid_file "$name")"
}

# Ends the running process <name> at once with SIGKILL: no shutdown hook, nothing flushed, as a
# crash would. A service in a container is killed inside podman (its container is named after
# podman's pid, which is the pid file's).
kill_process() {
    local name=$1 pid
    pid=$(running_pid "$name") || die "$name is not running"
    say "killing $name (pid $pid) with SIGKILL"
    if [[ ${SUITE_RUNTIME:-jvm} == containers && $name != kafka ]]; then
        podman kill --signal KILL "suite-$name-$pid" >/dev/null || true
    fi
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$(pid_file "$name")"
}

# Every process of this suite, pid file or not: "<pid> <name>" lines.
stray_processes() {
    local proc cmdline
    for proc in /proc/[0-9]*; do
        cmdline=$(tr '\0' ' ' 2>/dev/null <"$proc/cmdline") || continue
        [[ $cmdline == *" -Dsuite.home=$SUITE_HOME "* ]] || continue
        [[ $cmdline =~ -Dsuite\.process=([^ ]+) ]] || continue
        printf '%s %s\n' "${proc#/proc/}" "${BASH_REMATCH[1]}"
    done
}

# Waits until host:port answers, up to $3 seconds, while process <name> ($4) stays alive.
wait_for_port() {
    local host=$1 port=$2 timeout=$3 name=$4 deadline=$((SECONDS + $3))
    until port_open "$host" "$port"; do
        running_pid "$name" >/dev/null || die "$name exited during start-up; see $SUITE_LOGS/$name.log:
$(tail -n 30 "$SUITE_LOGS/$name.log")"
        ((SECONDS < deadline)) || die "$name did not open $host:$port in ${timeout}s; see $SUITE_LOGS/$name.log"
        sleep 0.5
    done
}
