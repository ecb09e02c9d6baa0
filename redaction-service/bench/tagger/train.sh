#!/usr/bin/env bash
# Retrains the engine's name tagger (docs/redaction.md, "The name tagger in the engine"): the evaluation set, the
# hand-written set and held-out 1 to 53 (no later one: each new set is first the honest test), 4-fold
# cross-validation by set for the threshold, then the model on all of them, written to
# src/main/resources/names/name-tagger.bin.gz. Builds the module (test-compile, offline).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"
source bin/lib/jdk.sh
select_jdk
./mvnw -B -o -q -pl redaction-service -am test-compile -Dquarkus.package.jar.aot.enabled=false >/dev/null
# Not offline: on a new machine the exec plugin's parent POM comes from Maven Central the first time.
classpath=$(./mvnw -B -q -pl redaction-service org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
    -Dexec.executable=echo -Dexec.classpathScope=test "-Dexec.args=%classpath" | grep -v '^\[' | tail -n 1)
java --enable-native-access=ALL-UNNAMED -Xmx6g -cp "$classpath" fi.servicedesk.redaction.detection.NameTaggerTraining \
    redaction-service/src/main/resources/names/name-tagger.bin.gz
