#!/usr/bin/env bash
# Rights benchmark end to end (issue #6) through the real owners of the running suite
# (`bin/suite up` first): one data subject with MESSAGES chat messages (CONVERSATIONS chats),
# seeded through ingest's signed chat webhook, then an ACCESS and an ERASURE request through the
# rights API, each timed from `execute` to COMPLETED by the case's own history, and the access
# package downloaded. Recordings are not seeded: ingest's recording upload is not in the tree yet.
#
#   rights-service/bench/run.sh                      # 10,000 messages in 100 chats
#   MESSAGES=1000 CONVERSATIONS=10 rights-service/bench/run.sh
#
# Every run makes its own subject (a random run id in the e-mail address), so runs and the demo
# never see each other's data; the erasure at the end removes what the run seeded.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../../bin/lib/common.sh
source "$here/../../bin/lib/common.sh"
for lib in jdk process secrets db services token; do
    # shellcheck disable=SC1090
    source "$SUITE_ROOT/bin/lib/$lib.sh"
done
select_jdk || exit 1

messages=${MESSAGES:-10000} conversations=${CONVERSATIONS:-100}
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
say "waiting until redaction has every message in its corpus"
previous=-1
until count=$(psql -X -At -d redaction -c "select count(*) from corpus_entry") && [[ $count == "$previous" ]]; do
    previous=$count
    sleep 3
done

say "ACCESS"
access=$(run_case ACCESS)
report_case "$access"
started=$(date +%s%3N)
api "$rights/api/v1/requests/$access/package" -o "$out/access-$access.zip"
printf '  package: %s bytes built and downloaded in %d ms\n' "$(stat -c %s "$out/access-$access.zip")" $(($(date +%s%3N) - started))
unzip -p "$out/access-$access.zip" data.json | jq '[.owners["ingest-service"].contacts[].messages | length] | add' |
    xargs printf '  data.json: %s messages from ingest\n'

say "ERASURE"
erasure=$(run_case ERASURE)
report_case "$erasure"
