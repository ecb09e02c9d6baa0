# The four Quarkus services, run from their built jars in the `local` profile.

SUITE_SERVICES=(ingest redaction retention rights)

service_port() {
    case $1 in
        ingest) printf '%s\n' "${SUITE_INGEST_PORT:-8081}" ;;
        redaction) printf '%s\n' "${SUITE_REDACTION_PORT:-8082}" ;;
        retention) printf '%s\n' "${SUITE_RETENTION_PORT:-8083}" ;;
        rights) printf '%s\n' "${SUITE_RIGHTS_PORT:-8084}" ;;
        *) die "unknown service '$1' (one of: ${SUITE_SERVICES[*]})" ;;
    esac
}

service_url() { printf 'http://%s:%s\n' "$SUITE_HOST" "$(service_port "$1")"; }

# The management interface (health, metrics, OpenAPI, parked outbox events): 9081 … 9084.
service_management_port() {
    case $1 in
        ingest) printf '%s\n' "${SUITE_INGEST_MANAGEMENT_PORT:-9081}" ;;
        redaction) printf '%s\n' "${SUITE_REDACTION_MANAGEMENT_PORT:-9082}" ;;
        retention) printf '%s\n' "${SUITE_RETENTION_MANAGEMENT_PORT:-9083}" ;;
        rights) printf '%s\n' "${SUITE_RIGHTS_MANAGEMENT_PORT:-9084}" ;;
        *) die "unknown service $1" ;;
    esac
}
service_management_url() { printf 'http://%s:%s\n' "$SUITE_HOST" "$(service_management_port "$1")"; }
service_jar() { printf '%s/%s-service/target/quarkus-app/quarkus-run.jar\n' "$SUITE_ROOT" "$1"; }
# The JDK AOT cache (JEP 483/514/515) the integration tests trained for the jar (bin/suite build);
# SUITE_AOT=0 runs without it.
service_aot_cache() { printf '%s/%s-service/target/quarkus-app/app.aot\n' "$SUITE_ROOT" "$1"; }

# The JVM options of <svc>: SUITE_JAVA_OPTS, then SUITE_<SVC>_JAVA_OPTS, which wins where both set one
# (e.g. SUITE_INGEST_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:ReservedCodeCacheSize=96m").
service_java_options() {
    local own="SUITE_${1^^}_JAVA_OPTS"
    printf '%s %s\n' "$SUITE_JAVA_OPTS" "${!own:-}"
}

build_if_needed() {
    local svc
    for svc in "${SUITE_SERVICES[@]}"; do
        if [[ ! -f $(service_jar "$svc") ]]; then
            say "$(service_jar "$svc") is missing; building"
            suite_build
            return
        fi
    done
    # A jar packaged without the integration tests (-DskipTests, a benchmark profile) has no cache;
    # an empty one is still being written by the JVM that the training run left to create it.
    for svc in "${SUITE_SERVICES[@]}"; do
        [[ ${SUITE_AOT:-1} == 1 && ! -s $(service_aot_cache "$svc") ]] &&
            warn "$svc has no AOT cache, so it starts about twice as slowly: bin/suite build trains it"
    done
    return 0
}

# Exports what service <svc> needs on <port>: database, Kafka, token key, secrets.
service_environment() {
    local svc=$1 port=$2
    set -a
    # shellcheck disable=SC1090
    source "$SECRETS_ENV"
    set +a
    # glibc's default of 8 malloc arenas per core holds memory the JVM's native side freed long ago.
    export MALLOC_ARENA_MAX=2
    export QUARKUS_HTTP_HOST="$SUITE_HOST" QUARKUS_HTTP_PORT="$port"
    export QUARKUS_MANAGEMENT_HOST="$SUITE_HOST" QUARKUS_MANAGEMENT_PORT="$(service_management_port "$svc")"
    export QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$svc")" QUARKUS_DATASOURCE_USERNAME="$PGUSER"
    export KAFKA_BOOTSTRAP_SERVERS="$SUITE_KAFKA_BOOTSTRAP"
    export OIDC_ISSUER="$(oidc_issuer)"
    if keycloak_enabled; then
        export OIDC_AUTH_SERVER_URL="$SUITE_KEYCLOAK_REALM_URL" OIDC_PUBLIC_KEY="" RIGHTS_PORTAL_ENABLED=true
    else
        # No provider to sign browsers in: the portal's pages answer API tokens only.
        export OIDC_AUTH_SERVER_URL="" OIDC_PUBLIC_KEY="$(oidc_public_key)" RIGHTS_PORTAL_ENABLED=false
    fi
    case $svc in
        ingest) export QUARKUS_DATASOURCE_KEYS_JDBC_URL="$(jdbc_url ingest_keys)" ;;
        retention) export RETENTION_ALLOW_FUTURE_AS_OF=true ;;
    esac
}

# service_java <svc> <port> <process name> [JVM options…]: execs the service's JVM.
service_java() {
    local svc=$1 port=$2 name=$3 aot=()
    shift 3
    service_environment "$svc" "$port"
    cd "$SUITE_ROOT"
    [[ ${SUITE_AOT:-1} == 1 && -s $(service_aot_cache "$svc") ]] && aot=("-XX:AOTCache=$(service_aot_cache "$svc")")
    # shellcheck disable=SC2046 # the options are a list
    exec java $(service_java_options "$svc") "${aot[@]}" $(process_marker "$name") -Dquarkus.profile=local "$@" -jar "$(service_jar "$svc")"
}

# service_start <svc> [launcher]: starts <svc> in the background with the launcher, a function
# taking (<svc> <port> <process name>) that execs the process; service_java by default.
service_start() {
    local svc=$1 launcher=${2:-service_java} pid port
    port=$(service_port "$svc")
    if pid=$(running_pid "$svc"); then
        say "$svc already running (pid $pid)"
        return 0
    fi
    port_open "$SUITE_HOST" "$port" &&
        die "$SUITE_HOST:$port is taken by another process; set SUITE_${svc^^}_PORT"
    say "starting $svc on port $port"
    start_background "$svc" "$launcher" "$svc" "$port" "$svc"
}

# HTTP status of the service's readiness check (000 when it does not answer).
service_ready_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$(service_management_url "$1")/q/health/ready" || true
}

# Waits, up to $SUITE_READY_TIMEOUT s in all, until every service reports ready.
wait_until_ready() {
    local svc deadline=$((SECONDS + SUITE_READY_TIMEOUT)) waiting
    while :; do
        waiting=()
        for svc in "${SUITE_SERVICES[@]}"; do
            running_pid "$svc" >/dev/null ||
                die "$svc exited during start-up; the end of $SUITE_LOGS/$svc.log:
$(tail -n 40 "$SUITE_LOGS/$svc.log")"
            [[ $(service_ready_status "$svc") == 200 ]] || waiting+=("$svc")
        done
        ((${#waiting[@]} == 0)) && return 0
        ((SECONDS < deadline)) ||
            die "not ready after ${SUITE_READY_TIMEOUT}s: ${waiting[*]} (see $SUITE_LOGS/<service>.log)"
        sleep 1
    done
}

print_urls() {
    local svc url management
    printf '\n%-10s %-24s %-34s %-41s %s\n' service API OpenAPI health metrics
    for svc in "${SUITE_SERVICES[@]}"; do
        url=$(service_url "$svc") management=$(service_management_url "$svc")
        printf '%-10s %-24s %-34s %-41s %s\n' "$svc" "$url" "$management/q/openapi" "$management/q/health/ready" \
            "$management/q/metrics"
    done
    printf '%-10s %s\n' kafka "$SUITE_KAFKA_BOOTSTRAP"
    if keycloak_enabled; then
        printf '%-10s %-24s (realm servicedesk; users dpo, handler, bot, auditor: passwords in %s)\n' \
            keycloak "$SUITE_KEYCLOAK_URL" "$SECRETS_ENV"
        printf '%-10s %s\n' portal "$(service_url rights)/portal"
    fi
    printf '\n'
}
