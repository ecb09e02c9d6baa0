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
}

# bin/suite images [--rebuild] [service…]
suite_images() {
    local svc services=()
    need_tools mmdebstrap buildah podman
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
