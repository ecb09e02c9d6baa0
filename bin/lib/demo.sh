# bin/suite demo: end-to-end paths through the running suite. Each step is a function named in
# DEMO_STEPS, run in order; a step fails the demo with `die`. Steps may leave state for later
# ones in DEMO_* variables. To add a step: write demo_<name>() here and append it to DEMO_STEPS.

DEMO_STEPS=(demo_chat_to_corpus)
SUITE_DEMO_TIMEOUT="${SUITE_DEMO_TIMEOUT:-30}"

suite_demo() {
    local step svc started=$SECONDS
    for svc in "${SUITE_SERVICES[@]}"; do
        [[ $(service_ready_status "$svc") == 200 ]] ||
            die "demo: $svc is not ready at $(service_url "$svc"); start the suite with bin/suite up"
    done
    DEMO_DIR=$(mktemp -d "${TMPDIR:-/tmp}/suite-demo.XXXXXX")
    trap 'rm -rf "$DEMO_DIR"' EXIT
    for step in "${DEMO_STEPS[@]}"; do
        say "demo: ${step#demo_}"
        "$step"
    done
    say "demo passed: ${#DEMO_STEPS[@]} step(s) in $((SECONDS - started))s"
}

demo_id() { openssl rand -hex 6; }

# demo_webhook <source> <body file>: POSTs a signed webhook to ingest-service; fails unless 2xx.
demo_webhook() {
    local source=$1 file=$2 signing status
    signing=$(webhook_sign_args "$source" "$file")
    mapfile -t signing <<<"$signing"
    status=$(curl -sS -o "$DEMO_DIR/response" -w '%{http_code}' --max-time 10 -X POST \
        -H 'content-type: application/json' "${signing[@]}" --data-binary "@$file" \
        "$(service_url ingest)/webhooks/$source") || status=000
    [[ $status == 2?? ]] || die "demo: the $source webhook answered HTTP $status: $(cat "$DEMO_DIR/response" 2>/dev/null)"
    say "demo: $source webhook accepted (HTTP $status): $(cat "$DEMO_DIR/response")"
}

# corpus_page <token>: the page of redaction-service's corpus export after DEMO_CURSOR into
# $DEMO_DIR/page (empty unless HTTP 200, kept in DEMO_LAST_STATUS); advances DEMO_CURSOR.
corpus_page() {
    local next
    DEMO_LAST_STATUS=$(curl -sS -o "$DEMO_DIR/page" -D "$DEMO_DIR/page-headers" -w '%{http_code}' \
        --max-time 10 -H "Authorization: Bearer $1" -H 'Accept: application/x-ndjson' \
        "$(service_url redaction)/api/v1/corpus/export?since=$DEMO_CURSOR&limit=10000") || DEMO_LAST_STATUS=000
    if [[ $DEMO_LAST_STATUS != 200 ]]; then
        : >"$DEMO_DIR/page"
        return 0
    fi
    next=$(sed -n 's/^x-next-cursor: *\([0-9]*\).*/\1/Ip' "$DEMO_DIR/page-headers")
    DEMO_CURSOR=${next:-$DEMO_CURSOR}
}

# Moves DEMO_CURSOR past the last entry of the corpus as it is now.
corpus_skip_to_end() {
    local before
    DEMO_CURSOR=0
    while before=$DEMO_CURSOR && corpus_page "$1" && [[ -s $DEMO_DIR/page && $DEMO_CURSOR != "$before" ]]; do
        :
    done
}

# A chat message with an e-mail address and a phone number reaches the bot-development corpus,
# redacted (R3.3): ingest-service → Kafka → redaction-service → corpus export.
demo_chat_to_corpus() {
    local body="$DEMO_DIR/chat.json" token line="" deadline
    DEMO_CONVERSATION="demo-$(demo_id)"
    token=$(suite_token --role bot-developer --sub demo-bot-developer)
    corpus_skip_to_end "$token"
    printf '{"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"%s","sender":{"role":"END_USER","name":"Matti Virtanen","email":"matti.virtanen@example.com","username":"mvirtanen","phone":"040 123 4567"},"text":"Hei! VPN ei toimi. Sähköpostini on matti.virtanen@example.com, soita 040 123 4567."}' \
        "$DEMO_CONVERSATION" "$(demo_id)" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$body"
    demo_webhook chat "$body"

    deadline=$((SECONDS + SUITE_DEMO_TIMEOUT))
    while [[ -z $line ]]; do
        ((SECONDS < deadline)) ||
            die "demo: the message did not reach the corpus export in ${SUITE_DEMO_TIMEOUT}s (last export status: HTTP $DEMO_LAST_STATUS); see $SUITE_LOGS/ingest.log and redaction.log"
        sleep 1
        corpus_page "$token"
        line=$(grep -F 'VPN ei toimi' "$DEMO_DIR/page" | head -n 1 || true)
    done
    printf '%s\n' "$line"
    [[ $line != *matti.virtanen@example.com* ]] || die "demo: the corpus export contains the e-mail address unredacted"
    [[ $line != *"040 123 4567"* ]] || warn "the corpus export contains the phone number unredacted"
    say "demo: the chat message is in the corpus, redacted"
}
