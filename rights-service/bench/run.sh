#!/usr/bin/env bash
# Rights benchmark end to end (issues #6, #12) through the real owners of the running suite
# (`bin/suite up` first): one data subject with MESSAGES chat messages (CONVERSATIONS chats),
# seeded through ingest's signed chat webhook, and RECORDINGS calls with a recording of
# RECORDING_SECONDS each (8 kHz 16-bit mono WAV) through the telephony webhook, then an ACCESS and
# an ERASURE request through the rights API, each timed from `execute` to COMPLETED by the case's
# own history, and the access package downloaded and every recording in it checked (sha256)
# against what was uploaded. Prints each service's peak heap (sampled from /q/metrics every
# 0.5 s during the access) and peak RSS (VmHWM).
#
#   rights-service/bench/run.sh                      # 10,000 messages in 100 chats, 20 recordings of 3 min
#   MESSAGES=1000 CONVERSATIONS=10 RECORDINGS=2 rights-service/bench/run.sh
#
# Every run makes its own subject (a random run id in the e-mail address), so runs and the demo
# never see each other's data; the erasure at the end removes what the run seeded.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../../bin/lib/common.sh
source "$here/../../bin/lib/common.sh"
for lib in jdk process secrets db keycloak services token; do
    # shellcheck disable=SC1090
    source "$SUITE_ROOT/bin/lib/$lib.sh"
done
select_jdk || exit 1

messages=${MESSAGES:-10000} conversations=${CONVERSATIONS:-100}
recordings=${RECORDINGS:-20} recording_seconds=${RECORDING_SECONDS:-180}
run=$(openssl rand -hex 4)
name="Bench Henkilö $run" email="bench.$run@example.com"
rights=$(service_url rights) ingest=$(service_url ingest)
out="$SUITE_HOME/bench"
mkdir -p "$out"
for svc in ingest redaction rights; do
    [[ $(service_ready_status "$svc") == 200 ]] || die "$svc is not ready at $(service_url "$svc"); run bin/suite up first"
done
dpo=$(suite_token --role dpo)

api() { curl -sS --fail-with-body -H "Authorization: Bearer $dpo" -H 'content-type: application/json' "$@"; }

# Milliseconds between two instants of the case history.
millis_between() { echo $(( $(date -d "$2" +%s%3N) - $(date -d "$1" +%s%3N) )); }

# case <type>: opens, verifies and executes a case for the subject, waits for COMPLETED; prints its id.
run_case() {
    local type=$1 id status deadline
    id=$(api -X POST "$rights/api/v1/requests" \
        -d "{\"type\":\"$type\",\"channel\":\"bench\",\"subject\":{\"name\":\"$name\",\"email\":\"$email\"}}" | jq -r .id)
    api -X POST "$rights/api/v1/requests/$id/verification" -d '{"verified":["name","email"],"method":"OTHER"}' >/dev/null
    api -X POST "$rights/api/v1/requests/$id/execute" >/dev/null
    deadline=$((SECONDS + ${BENCH_CASE_TIMEOUT:-300}))
    while status=$(api "$rights/api/v1/requests/$id" | tee "$out/case-$id.json" | jq -r .status); [[ $status != COMPLETED ]]; do
        ((SECONDS < deadline)) || die "$type case $id still $status; owners: $(jq -c .owners "$out/case-$id.json")"
        sleep 0.1
    done
    printf '%s\n' "$id"
}

# Prints the case's figures from its history: execute → each owner's answer → COMPLETED.
report_case() {
    local file="$out/case-$1.json" started
    started=$(jq -r '.history[] | select(.action == "EXECUTION_STARTED") | .at' "$file")
    jq -r '.history[] | select(.action == "OWNER_ANSWERED" or .action == "COMPLETED") | "\(.at) \(.by) \(.action)"' "$file" |
        while read -r at by action; do
            printf '  +%6d ms  %s %s\n' "$(millis_between "$started" "$at")" "$by" "$action"
        done
    jq -r '.owners[] | "  \(.service): \(.summary)"' "$file" | cut -c1-200
}

say "seeding $messages messages of subject $email through $ingest/webhooks/chat"
java "$here/SeedChats.java" "$ingest" "$(secret INGEST_WEBHOOK_SECRET_CHAT | cut -d' ' -f1)" "$run" "$name" "$email" \
    "$conversations" $((messages / conversations))
say "seeding $recordings calls with recordings of $recording_seconds s"
java "$here/SeedCalls.java" "$ingest" "$(secret INGEST_WEBHOOK_SECRET_TELEPHONY | cut -d' ' -f1)" "$run" "$name" "$email" \
    "$recordings" "$recording_seconds" | awk '{print $2}' | sort >"$out/uploaded-$run.sha256"
say "waiting until redaction has every message in its corpus"
previous=-1
until count=$(psql -X -At -d "redaction$SUITE_DB_SUFFIX" -c "select count(*) from corpus_entry") && [[ $count == "$previous" ]]; do
    previous=$count
    sleep 3
done

# Samples each service's heap in use (all heap pools) every 0.5 s into $out/heap-<svc>.
sample_heap() {
    local svc=$1 url
    url="$(service_management_url "$svc")/q/metrics"
    while :; do
        curl -s "$url" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {printf "%d\n", s}'
        sleep 0.5
    done >"$out/heap-$svc"
}

samplers=()
for svc in ingest redaction rights; do
    sample_heap "$svc" &
    samplers+=($!)
done

say "ACCESS"
started=$(date +%s%3N)
access=$(run_case ACCESS)
report_case "$access"
api "$rights/api/v1/requests/$access/package" -o "$out/access-$access.zip"
printf '  execute → COMPLETED → package (%s bytes) downloaded: %d ms in all\n' "$(stat -c %s "$out/access-$access.zip")" \
    $(($(date +%s%3N) - started))
kill "${samplers[@]}"
unzip -p "$out/access-$access.zip" data.json | jq '[.owners["ingest-service"].contacts[].messages | length] | add' |
    xargs printf '  data.json: %s messages from ingest\n'
for file in $(unzip -Z1 "$out/access-$access.zip" 'recordings/*' 2>/dev/null); do
    unzip -p "$out/access-$access.zip" "$file" | sha256sum | cut -d' ' -f1
done | sort >"$out/packaged-$run.sha256"
if cmp -s "$out/uploaded-$run.sha256" "$out/packaged-$run.sha256"; then
    printf '  recordings: %d in the package, each byte-identical to its upload\n' "$(wc -l <"$out/packaged-$run.sha256")"
else
    die "the package's recordings differ from the uploads (see $out/*-$run.sha256)"
fi
for svc in ingest redaction rights; do
    pid=$(running_pid "$svc") || continue
    printf '  %-9s peak heap %4d MiB, peak RSS %4d MiB\n' "$svc" \
        $(($(sort -n "$out/heap-$svc" | tail -1) / 1048576)) $(($(awk '/^VmHWM/ {print $2}' "/proc/$pid/status") / 1024))
done

say "ERASURE"
erasure=$(run_case ERASURE)
report_case "$erasure"
