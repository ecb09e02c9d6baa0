# SUITE_RUNTIME=containers: the four services from their images (bin/suite images) instead of
# from their jars, with the chart's security context — read-only root file system with a tmpfs
# on /tmp, user 185, every capability dropped, no privilege escalation — on the host network
# beside Kafka and PostgreSQL. `podman run` stays in the foreground under start_background, so
# its pid, its log and its stop (TERM, forwarded to the JVM) are those of a local JVM.

SUITE_RUNTIME="${SUITE_RUNTIME:-jvm}"

# Exported variables a service reads (service_environment and secrets.env), as `--env NAME`.
container_env_args() {
    local name
    while read -r name; do
        [[ $name =~ ^(QUARKUS|KAFKA|OIDC|SERVICEDESK|INGEST|REDACTION|RETENTION|RIGHTS)_ ]] && printf -- '--env\n%s\n' "$name"
    done < <(compgen -e)
}

# container_run <svc> <port> <process name> [JVM options…]: execs podman running the image.
container_run() {
    local svc=$1 port=$2 name=$3 args
    shift 3
    podman_config
    service_environment "$svc" "$port"
    export QUARKUS_PROFILE=local
    # The marker is on podman's command line (running_pid, stray_processes find it there) and in
    # the JVM's options.
    local options
    options="$(service_java_options "$svc") $(process_marker "$name" | tr '\n' ' ')$*"
    mapfile -t args < <(container_env_args)
    exec podman run --rm --name "suite-$name-$$" --network host --pull never \
        --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=256m,mode=1777 \
        --user 185:185 --cap-drop ALL --security-opt no-new-privileges \
        "${args[@]}" --env "JDK_JAVA_OPTIONS=$options" "$(service_image "$svc")"
}

container_start() {
    podman_config
    podman image exists "$(service_image "$1")" || die "no image $(service_image "$1"): bin/suite images"
    service_start "$1" container_run
}

# Starts <svc> the way SUITE_RUNTIME says: jvm (its jar) or containers (its image).
start_service_in_runtime() {
    case $SUITE_RUNTIME in
        jvm) service_start "$1" ;;
        containers) container_start "$1" ;;
        *) die "SUITE_RUNTIME is jvm or containers, not '$SUITE_RUNTIME'" ;;
    esac
}
