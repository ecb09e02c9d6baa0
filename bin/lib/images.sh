# Container images of the four services, built on this machine without Docker (docs/deploy.md,
# "Images"): a Debian root file system from mmdebstrap, a Java runtime from jlink, then
# buildah/podman. Everything is cached in $SUITE_IMAGES; `bin/suite images --rebuild` starts over.

SUITE_IMAGES="$SUITE_HOME/images"
SUITE_IMAGE_PREFIX="${SUITE_IMAGE_PREFIX:-localhost/servicedesk}"
SUITE_RUNTIME_IMAGE="$SUITE_IMAGE_PREFIX/java-runtime:25"
SUITE_DEBIAN_SUITE="${SUITE_DEBIAN_SUITE:-bookworm}"
SUITE_DEBIAN_MIRROR="${SUITE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# The Java SE modules (`jdeps` over the fast-jars misses what generated and transformed bytecode
# reaches at start-up, e.g. java.rmi through the transaction manager), plus what is loaded as a
# service rather than linked: jdk.localedata (Finnish formats), jdk.zipfs (resources read from
# jars as a file system), jdk.management (the JVM metrics), jdk.unsupported (sun.misc.Unsafe).
SUITE_JAVA_MODULES="${SUITE_JAVA_MODULES:-java.se,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs}"
# Debian packages of the root file system (with their dependencies): libc and zlib for the JVM,
# Voikko (Finnish morphology) for redaction-service.
SUITE_ROOTFS_PACKAGES="${SUITE_ROOTFS_PACKAGES:-base-files,libc6,zlib1g,libvoikko1,voikko-fi}"

# Podman and buildah here: Debian's runc (crun fails on this kernel's cgroups), cgroupfs, and no
# default ulimits (these machines refuse to raise resource limits). A private containers.conf,
# so the system's stays as it is.
podman_config() {
    local conf="$SUITE_HOME/containers.conf"
    if [[ ! -f $conf ]]; then
        mkdir -p "$SUITE_HOME"
        cat >"$conf" <<CONF
[containers]
default_ulimits = []

[engine]
cgroup_manager = "cgroupfs"
runtime = "$(command -v runc || printf runc)"
CONF
    fi
    export CONTAINERS_CONF="$conf"
}

need_tools() {
    local tool missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    ((${#missing[@]} == 0)) || die "missing: ${missing[*]} (apt-get install -y ${missing[*]} runc)"
}

project_version() { sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$SUITE_ROOT/pom.xml"; }

service_image() { printf '%s/%s-service:%s\n' "$SUITE_IMAGE_PREFIX" "$1" "$(project_version)"; }

# The root file system: packages unpacked (no maintainer scripts, so no shell or dpkg is needed
# in it), the dynamic loader where binaries look for it, users root and 185, the loader cache.
build_rootfs() {
    local tar="$SUITE_IMAGES/context/rootfs.tar"
    [[ -s $tar ]] && return 0
    say "root file system: mmdebstrap $SUITE_DEBIAN_SUITE ($SUITE_ROOTFS_PACKAGES)"
    mkdir -p "$SUITE_IMAGES/context"
    mmdebstrap --quiet --variant=extract --include="$SUITE_ROOTFS_PACKAGES" \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
        --customize-hook='mkdir -p "$1/lib64" && ln -sf /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$1/lib64/"' \
        --customize-hook='printf "root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:185:185:app:/tmp:/usr/sbin/nologin\n" >"$1/etc/passwd"' \
        --customize-hook='printf "root:x:0:\napp:x:185:\n" >"$1/etc/group"' \
        --customize-hook='printf "passwd: files\ngroup: files\nhosts: files dns\n" >"$1/etc/nsswitch.conf"' \
        --customize-hook='rm -rf "$1/etc/apt" "$1/var/lib/apt" "$1/var/cache/apt" "$1/var/log"/* && ldconfig -r "$1"' \
        "$SUITE_DEBIAN_SUITE" "$tar.part" "$SUITE_DEBIAN_MIRROR"
    mv "$tar.part" "$tar"
}

# The Java runtime, linked from the running JDK's own run-time image (Temurin 25 ships no jmods).
build_java_runtime() {
    local out="$SUITE_IMAGES/context/java"
    [[ -x $out/bin/java ]] && return 0
    say "Java runtime: jlink from $JAVA_HOME"
    rm -rf "$out"
    "$JAVA_HOME/bin/jlink" --add-modules "$SUITE_JAVA_MODULES" --include-locales=en,fi,sv \
        --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$out"
}

build_runtime_image() {
    build_rootfs
    build_java_runtime
    say "image $SUITE_RUNTIME_IMAGE"
    buildah build --quiet --layers -f "$SUITE_ROOT/k8s/images/java-runtime/Containerfile" \
        -t "$SUITE_RUNTIME_IMAGE" "$SUITE_IMAGES/context" >/dev/null
}

build_service_image() {
    local svc=$1
    say "image $(service_image "$svc")"
    buildah build --quiet --layers --build-arg "RUNTIME_IMAGE=$SUITE_RUNTIME_IMAGE" \
        -f src/main/docker/Dockerfile.jvm -t "$(service_image "$svc")" "$SUITE_ROOT/$svc-service" >/dev/null
    train_image_aot_cache "$svc"
}

# The JVM options a chart gives its service by default (values.yaml, jvm.options).
chart_jvm_options() {
    awk '/^jvm:/ { j = 1; next } j && /^[^ #]/ { j = 0 }
         j && /^  options:/ { sub(/^  options: */, ""); gsub(/"/, ""); print }' \
        "$SUITE_ROOT/k8s/charts/$1-service/values.yaml"
}

# The image's entry point (JSON) without its -XX:AOTCache option: the training runs write the cache.
entrypoint_without_cache() {
    podman image inspect --format '{{json .Config.Entrypoint}}' "$1" |
        jq -c 'map(select(startswith("-XX:AOTCache=") | not))'
}

# Runs the service's image with the entry point's java, jar path and options and the chart's default
# JVM options, as user 185 with the chart's security context; JDK_JAVA_OPTIONS adds the AOT mode
# ($2…). Its working directory on the host is mounted on /aot.
run_for_aot_cache() {
    local svc=$1 name=$2 options args
    shift 2
    options="$(chart_jvm_options "$svc") $*"
    mapfile -t args < <(container_env_args)
    podman run --rm --name "$name" --network host --pull never \
        --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=256m,mode=1777 \
        --user 185:185 --cap-drop ALL --security-opt no-new-privileges -v "$SUITE_IMAGES/aot/$svc:/aot:rw" \
        "${args[@]}" --env "JDK_JAVA_OPTIONS=$options" \
        --entrypoint "$(entrypoint_without_cache "$(service_image "$svc")")" "$(service_image "$svc")"
}

# One request as a client would make it, to the service's API with a token of the role that may
# read the path (the paths of each service's AudienceTest).
aot_training_request() {
    local svc=$1 url=$2 role path
    case $svc in
        ingest) role=auditor path=/api/v1/audit ;;
        redaction) role=dpo path=/api/v1/corpus/stats ;;
        retention) role=dpo path=/api/v1/policy ;;
        rights) role=dpo path=/api/v1/requests ;;
    esac
    curl -s -o /dev/null -H "Authorization: Bearer $(suite_token --role "$role" --for "$svc")" "$url$path" || true
    curl -s -o /dev/null "$url$path" || true
}

# The image's JDK AOT cache (JEP 483/514/515), /deployments/app.aot, which the entry point passes
# with -XX:AOTCache. A cache fits only the JDK build, jar paths and JVM that wrote it, so the one
# the integration tests train on the build machine does not fit the image's jlink'd runtime: the
# image trains its own. A training run starts the service from its image (as user 185, with the
# entry point's options) against scratch databases on this machine's PostgreSQL, with no Kafka
# broker (nothing is consumed; the clients' start is recorded), serves health, metrics and one
# authorised API request, and is stopped; a second run of the image creates the cache from that
# record, and the cache is added to the image as a layer of its own.
train_image_aot_cache() {
    local svc=$1 dir="$SUITE_IMAGES/aot/$1" log="$SUITE_IMAGES/$1-aot.log" name="suite-aot-$1-$$" ctr
    say "image $(service_image "$svc"): training its AOT cache (log: $log)"
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 1777 "$dir"
    : >"$log"
    (
        SUITE_OIDC=local SUITE_DB_SUFFIX="${SUITE_DB_SUFFIX}_aot"
        local db dbs=("$svc") pid listening http management
        [[ $svc == ingest ]] && dbs+=(ingest_keys)
        for db in "${dbs[@]/%/$SUITE_DB_SUFFIX}"; do
            dropdb --if-exists "$db" && createdb "$db"
        done
        ensure_secrets >/dev/null
        # Port 0: free ports of the system's choosing, read back from the log.
        service_environment "$svc" 0
        export QUARKUS_PROFILE=local QUARKUS_MANAGEMENT_PORT=0 KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9
        run_for_aot_cache "$svc" "$name" -XX:AOTMode=record -XX:AOTConfiguration=/aot/app.aotconf >>"$log" 2>&1 &
        pid=$!
        for _ in $(seq 600); do
            listening=$(grep -o 'Listening on: http://[^ ]*:[0-9]*\. Management interface listening on http://[^ ]*:[0-9]*' "$log" || true)
            [[ -n $listening ]] && break
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        if [[ -n $listening ]]; then
            http=$(sed 's/^Listening on: \([^ ]*\)\. .*/\1/' <<<"$listening")
            management=${listening##* }
            for path in /q/health/started /q/health/live /q/health/ready /q/metrics /q/openapi; do
                curl -s -o /dev/null "$management$path" || true
            done
            aot_training_request "$svc" "$http"
        fi
        podman stop -t 120 "$name" >/dev/null 2>&1 || true
        wait "$pid" || true
        if [[ -s $dir/app.aotconf ]]; then
            run_for_aot_cache "$svc" "$name" -XX:AOTMode=create -XX:AOTConfiguration=/aot/app.aotconf \
                -XX:AOTCache=/aot/app.aot >>"$log" 2>&1 || true
        fi
        for db in "${dbs[@]/%/$SUITE_DB_SUFFIX}"; do dropdb --if-exists "$db"; done
    )
    if [[ ! -s $dir/app.aot ]]; then
        warn "$svc: no AOT cache was made (see $log); its image starts without one"
        return 0
    fi
    ctr=$(buildah from --pull-never "$(service_image "$svc")")
    buildah copy --quiet --chown 0:0 --chmod 0644 "$ctr" "$dir/app.aot" /deployments/app.aot >/dev/null
    buildah commit --quiet --rm "$ctr" "$(service_image "$svc")" >/dev/null
    rm -rf "$dir"
}

# bin/suite images [--rebuild] [service…]
suite_images() {
    local svc services=()
    need_tools mmdebstrap buildah podman jq
    podman_config
    if [[ ${1:-} == --rebuild ]]; then
        rm -rf "$SUITE_IMAGES"
        shift
    fi
    services=("${@:-${SUITE_SERVICES[@]}}")
    for svc in "${services[@]}"; do service_port "$svc" >/dev/null; done
    build_if_needed
    build_runtime_image
    for svc in "${services[@]}"; do
        build_service_image "$svc"
    done
    podman images --filter "reference=$SUITE_IMAGE_PREFIX/*" \
        --format '{{.Repository}}:{{.Tag}}  {{.Size}}' >&2
}
