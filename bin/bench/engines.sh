#!/usr/bin/env bash
# The redaction engine of a commit beside the work tree's, in one JVM, each in a class loader of its
# own (EngineComparison, docs/redaction.md, Speed):
#   bin/bench/engines.sh output BASE [OTHER]     # every evaluation set and variant, character for character
#   bin/bench/engines.sh cpu BASE [OTHER] [warm-up s] [rounds] [passes a round]
#   bin/bench/engines.sh loop BASE [seconds]     # one engine over the evaluation set, e.g. under JFR
# BASE and OTHER are commits, or "." for the work tree (the default OTHER). A commit's engine is its
# detection package and name lists, compiled once into $ENGINES_DIR (default /tmp/redaction-engines).
# JAVA_OPTS is passed to the JVM (-XX:StartFlightRecording=…). Builds the work tree's redaction-service
# (test-compile, offline) first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
source bin/lib/jdk.sh
select_jdk
engines=${ENGINES_DIR:-/tmp/redaction-engines}
mode=$1
base=$2
shift 2
other=.
if [[ $mode != loop && $# -gt 0 ]]; then
    other=$1
    shift
fi

./mvnw -B -o -q -pl redaction-service -am test-compile -Dquarkus.package.jar.aot.enabled=false >/dev/null
# Not offline: on a new machine the exec plugin's parent POM comes from Maven Central the first time.
classpath=$(./mvnw -B -q -pl redaction-service org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
    -Dexec.executable=echo -Dexec.classpathScope=test "-Dexec.args=%classpath" | grep -v '^\[' | tail -n 1)

# Prints the classes directory of the engine of commit $1 ("." is the work tree's build).
engine_classes() {
    local commit=$1 sha dir
    if [[ $commit == . ]]; then
        printf '%s\n' "$root/redaction-service/target/classes"
        return
    fi
    sha=$(git rev-parse --short=12 "$commit^{commit}")
    dir=$engines/$sha
    if [[ ! -e $dir/.done ]]; then
        rm -rf "$dir"
        mkdir -p "$dir/src" "$dir/classes"
        git archive "$sha" redaction-service/src/main | tar -x -C "$dir/src"
        javac -nowarn -d "$dir/classes" -cp "$classpath" \
            "$dir"/src/redaction-service/src/main/java/fi/servicedesk/redaction/detection/*.java
        cp -r "$dir/src/redaction-service/src/main/resources/names" "$dir/classes/"
        touch "$dir/.done"
    fi
    printf '%s\n' "$dir/classes"
}

a=$(engine_classes "$base")
if [[ $mode == loop ]]; then
    set -- "$a" "$@"
else
    set -- "$a" "$(engine_classes "$other")" "$@"
fi
uptime
# shellcheck disable=SC2086
java --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -cp "$classpath" fi.servicedesk.redaction.detection.EngineComparison "$mode" "$@"
uptime
