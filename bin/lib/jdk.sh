# JDK selection for bin/suite and .ci/run: $JAVA_HOME when it is a JDK >= 25, else the newest
# JDK >= 25 under $SUITE_JVM_DIR (/usr/lib/jvm). Exports JAVA_HOME and puts it first on PATH.
# Sourced; self-contained (needs nothing else from bin/lib).

SUITE_MIN_JAVA="${SUITE_MIN_JAVA:-25}"
SUITE_JVM_DIR="${SUITE_JVM_DIR:-/usr/lib/jvm}"

# Prints the feature version (8, 17, 21, 25 …) of the JDK at $1; fails when it is not a JDK.
jdk_version() {
    local home=$1 version=""
    [[ -x $home/bin/java && -x $home/bin/javac ]] || return 1
    if [[ -r $home/release ]]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [[ -z $version ]]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    version=${version#1.}
    version=${version%%[!0-9]*}
    [[ -n $version ]] || return 1
    printf '%s\n' "$version"
}

select_jdk() {
    local home version best="" best_version=0
    if [[ -n ${JAVA_HOME:-} ]] && version=$(jdk_version "$JAVA_HOME") && ((version >= SUITE_MIN_JAVA)); then
        best=$JAVA_HOME
    else
        for home in "$SUITE_JVM_DIR"/*/; do
            home=${home%/}
            version=$(jdk_version "$home") || continue
            if ((version >= SUITE_MIN_JAVA && version > best_version)); then
                best=$home best_version=$version
            fi
        done
    fi
    if [[ -z $best ]]; then
        printf 'suite: no JDK %s or newer found (JAVA_HOME=%s, searched %s); install one or set JAVA_HOME\n' \
            "$SUITE_MIN_JAVA" "${JAVA_HOME:-unset}" "$SUITE_JVM_DIR" >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
}
