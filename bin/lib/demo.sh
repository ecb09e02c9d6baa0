# bin/suite demo: end-to-end paths through the running suite, one register subject's life: a
# chat and a call come in, the corpus gets them redacted, a dispute handler finds them, the
# subject asks for their data and then for erasure, and a retention sweep proves compliance.
#
# Each step is a function named in DEMO_STEPS, run in order in a subshell of its own: a step
# that fails (demo_fail, or any failing command) is reported with what it got, and the next
# steps still run; the summary at the end lists every step, and the exit code is 1 when one
# failed. Values a later step needs are kept with demo_keep. Every run makes its own subject
# (e-mail, phone, user name and conversation ids from a random run id), so runs never see each
# other's data. To add a step: write demo_<name>() here and append it to DEMO_STEPS.

# shellcheck source=wav.sh
source "$SUITE_ROOT/bin/lib/wav.sh"

DEMO_STEPS=(demo_chat demo_call demo_corpus demo_dispute_lookup demo_access demo_erasure demo_sweep demo_portal)
SUITE_DEMO_TIMEOUT="${SUITE_DEMO_TIMEOUT:-30}"
SUITE_DEMO_CASE_TIMEOUT="${SUITE_DEMO_CASE_TIMEOUT:-60}"
SUITE_DEMO_SWEEP_TIMEOUT="${SUITE_DEMO_SWEEP_TIMEOUT:-120}"
DEMO_PACKAGES="$SUITE_HOME/demo"

# suite_demo [step…]: every step, or the named ones (e.g. `bin/suite demo chat corpus`).
suite_demo() {
    local steps=() step svc started=$SECONDS step_started rc failed=0 results=() reason
    command -v jq >/dev/null || die "demo: needs jq (apt-get install jq)"
    for step in "$@"; do
        step=demo_${step#demo_}
        declare -F "$step" >/dev/null && [[ " ${DEMO_STEPS[*]} " == *" $step "* ]] ||
            die "demo: unknown step '${step#demo_}' (steps: ${DEMO_STEPS[*]//demo_/})"
        steps+=("$step")
    done
    ((${#steps[@]})) || steps=("${DEMO_STEPS[@]}")
    DEMO_RUN_STEPS="${steps[*]}"
    for svc in "${SUITE_SERVICES[@]}"; do
        [[ $(service_ready_status "$svc") == 200 ]] ||
            die "demo: $svc is not ready at $(service_url "$svc"); start the suite with bin/suite up"
    done
    DEMO_DIR=$(mktemp -d "${TMPDIR:-/tmp}/suite-demo.XXXXXX")
    trap 'rm -rf "$DEMO_DIR"' EXIT
    demo_identities
    say "demo run $DEMO_RUN: subject $DEMO_NAME <$DEMO_EMAIL>, user name $DEMO_USERNAME, phone $DEMO_PHONE_LOCAL, marker $DEMO_TAG"
    for step in "${steps[@]}"; do
        DEMO_STEP=${step#demo_}
        say "demo step ${DEMO_STEP}"
        : >"$DEMO_DIR/failure"
        : >"$DEMO_DIR/last-error"
        step_started=$SECONDS
        set +e
        (
            set -eE
            trap 'demo_error $? "$BASH_COMMAND"' ERR
            "$step"
        )
        rc=$?
        set -e
        if ((rc == 0)); then
            results+=("$(printf '  passed  %-16s %4ss' "$DEMO_STEP" $((SECONDS - step_started)))")
        else
            reason=$(cat "$DEMO_DIR/failure")
            [[ -n $reason ]] || reason=$(cat "$DEMO_DIR/last-error")
            results+=("$(printf '  FAILED  %-16s %4ss  %s' "$DEMO_STEP" $((SECONDS - step_started)) "$(head -c 300 <<<"${reason:-exit code $rc (see above)}" | head -n 1)")")
            failed=$((failed + 1))
        fi
        # shellcheck disable=SC1091
        [[ -f $DEMO_DIR/state ]] && source "$DEMO_DIR/state"
    done
    say "demo run $DEMO_RUN: $((${#steps[@]} - failed)) of ${#steps[@]} step(s) passed in $((SECONDS - started))s"
    printf '%s\n' "${results[@]}" >&2
    ((failed == 0)) || exit 1
}

# The run's subject and ids. The marker is a ticket reference made of the run id (INC and ten
# digits): a ticket's id is nobody's, so redaction keeps it, and it finds the run's lines in the
# corpus export. A word of random letters would not do: the name tagger takes some for names.
demo_identities() {
    local n
    DEMO_RUN=$(openssl rand -hex 4)
    DEMO_TAG=$(printf 'INC%010d' $((16#$DEMO_RUN)))
    n=$((16#$DEMO_RUN))
    DEMO_PHONE_A=$((100 + n % 900))
    DEMO_PHONE_B=$((1000 + (n / 900) % 9000))
    DEMO_PHONE_LOCAL="040 $DEMO_PHONE_A $DEMO_PHONE_B"
    DEMO_PHONE_INTL="+358 40 $DEMO_PHONE_A $DEMO_PHONE_B"
    DEMO_PHONE_COMPACT="040$DEMO_PHONE_A$DEMO_PHONE_B"
    DEMO_PHONE_FI=$(spoken_digits fi "$DEMO_PHONE_COMPACT")
    DEMO_PHONE_EN=$(spoken_digits en "$DEMO_PHONE_COMPACT")
    DEMO_NAME="Matti Virtanen"
    DEMO_EMAIL="matti.virtanen.$DEMO_RUN@example.com"
    DEMO_EMAIL_PRIVATE="mvirtanen.$DEMO_RUN@example.fi"
    DEMO_USERNAME="mvirtanen${DEMO_RUN:0:4}"
    DEMO_AGENT="Liisa Korhonen"
    DEMO_CONVERSATION="chat-$DEMO_RUN"
    DEMO_CALL="call-$DEMO_RUN"
    DEMO_SUBJECT=$(jq -nc --arg name "$DEMO_NAME" --arg email "$DEMO_EMAIL" --arg username "$DEMO_USERNAME" \
        --arg phone "$DEMO_PHONE_LOCAL" '{name: $name, email: $email, username: $username, phone: $phone}')
    # Each token is for the one service it is used on: the services check its audience.
    DEMO_BOT_TOKEN=$(suite_token --role bot-developer --for redaction)
    DEMO_DISPUTE_TOKEN=$(suite_token --role dispute-handler --for ingest)
    DEMO_DPO_TOKEN=$(suite_token --role dpo --for rights)
    # Where the corpus export stood before this run: its checks read only what came after.
    corpus_since "$DEMO_BOT_TOKEN" 0 /dev/null || true
    DEMO_START_CURSOR=$DEMO_CURSOR
}

# spoken_digits <fi|en> <digits>: the number read out digit by digit, groups 3-3-4 by commas.
spoken_digits() {
    local words i out="" digit
    if [[ $1 == fi ]]; then
        words=(nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän)
    else
        words=(zero one two three four five six seven eight nine)
    fi
    for ((i = 0; i < ${#2}; i++)); do
        digit=${2:i:1}
        ((i == 0)) || { ((i == 3 || i == 6)) && out+=", " || out+=" "; }
        out+=${words[digit]}
    done
    printf '%s\n' "$out"
}

# --- step plumbing -------------------------------------------------------------------------

# demo_fail <what it got>: ends the step as failed; the message goes to the summary too.
demo_fail() {
    printf '%s\n' "$*" >"$DEMO_DIR/failure"
    printf 'suite: demo step %s FAILED: %s\n' "$DEMO_STEP" "$*" >&2
    exit 1
}

# The ERR trap of a step: keeps the command that failed unexpectedly, for the summary.
demo_error() { printf 'unexpected failure (exit code %s) of: %s\n' "$1" "${2:0:200}" >"$DEMO_DIR/last-error"; }

demo_note() { printf '    %s\n' "$@" >&2; }

# demo_keep <name> <value>: sets a variable for this step and every later one.
demo_keep() {
    printf -v "$1" '%s' "$2"
    printf '%s=%q\n' "$1" "$2" >>"$DEMO_DIR/state"
}

# demo_need <variable> <step>: fails unless an earlier step set the variable.
demo_need() { [[ -n ${!1:-} ]] || demo_fail "needs $1, which step '$2' sets and did not (it failed or did not run)"; }

# demo_http <method> <url> [curl args…]: prints the HTTP status (000 when nothing answered);
# the response body is in $DEMO_DIR/body.
demo_http() {
    local method=$1 url=$2 status
    shift 2
    status=$(curl -sS -o "$DEMO_DIR/body" -w '%{http_code}' --max-time 30 -X "$method" "$@" "$url" \
        2>"$DEMO_DIR/curl-error") || status=000
    printf '%s\n' "$status"
}

# The response body (or curl's error when nothing answered), on one line, cut at 1,000 bytes.
demo_body() {
    local file="$DEMO_DIR/body"
    [[ -s $file ]] || file="$DEMO_DIR/curl-error"
    head -c 1000 "$file" 2>/dev/null | tr '\n' ' '
}

# demo_expect <status> <expected status pattern> <request>: fails with the response unless matched.
demo_expect() {
    # shellcheck disable=SC2053 # $2 is a pattern
    [[ $1 == $2 ]] || demo_fail "$3 answered HTTP $1: $(demo_body)"
}

# demo_api <method> <service> <path> <token> [curl args…]: demo_http with the bearer token.
demo_api() {
    local method=$1 svc=$2 path=$3 token=$4
    shift 4
    demo_http "$method" "$(service_url "$svc")$path" -H "Authorization: Bearer $token" "$@"
}

# demo_webhook <source> <body file> [path] [method] [content type]: a signed webhook to
# ingest-service (signature over the file's raw bytes); fails unless 2xx.
demo_webhook() {
    local source=$1 file=$2 path=${3:-/webhooks/$1} method=${4:-POST} type=${5:-application/json} signing status
    signing=$(webhook_sign_args "$source" "$file")
    mapfile -t signing <<<"$signing"
    status=$(demo_http "$method" "$(service_url ingest)$path" -H "content-type: $type" "${signing[@]}" \
        --data-binary "@$file")
    demo_expect "$status" '2??' "$method $path"
    demo_note "$method $path ($type, $(wc -c <"$file") bytes, signed for $source) -> HTTP $status $(demo_body)"
}

demo_time() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }

# --- redaction-service's corpus export -----------------------------------------------------

# corpus_page <token>: the page of the corpus export after DEMO_CURSOR into $DEMO_DIR/page
# (empty unless HTTP 200, kept in DEMO_LAST_STATUS); advances DEMO_CURSOR.
corpus_page() {
    local next
    DEMO_LAST_STATUS=$(curl -sS -o "$DEMO_DIR/page" -D "$DEMO_DIR/page-headers" -w '%{http_code}' \
        --max-time 30 -H "Authorization: Bearer $1" -H 'Accept: application/x-ndjson' \
        "$(service_url redaction)/api/v1/corpus/export?since=$DEMO_CURSOR&limit=10000" 2>/dev/null) || DEMO_LAST_STATUS=000
    if [[ $DEMO_LAST_STATUS != 200 ]]; then
        : >"$DEMO_DIR/page"
        return 0
    fi
    next=$(sed -n 's/^x-next-cursor: *\([0-9]*\).*/\1/Ip' "$DEMO_DIR/page-headers")
    DEMO_CURSOR=${next:-$DEMO_CURSOR}
}

# corpus_since <token> <cursor> <file>: every exported line after <cursor> into <file>, and
# DEMO_CURSOR past the last; fails unless the export answers HTTP 200.
corpus_since() {
    local before
    DEMO_CURSOR=$2
    : >"$3"
    while :; do
        before=$DEMO_CURSOR
        corpus_page "$1"
        [[ $DEMO_LAST_STATUS == 200 ]] || return 1
        cat "$DEMO_DIR/page" >>"$3"
        [[ -s $DEMO_DIR/page && $DEMO_CURSOR != "$before" ]] || return 0
    done
}

# Every digit of each line, digit words (Finnish, English) read as digits: a phone number in any
# written or spoken form becomes one run of digits.
digits_of() {
    tr '[:upper:]' '[:lower:]' | sed -E 's/nolla|zero/0/g; s/yksi|one/1/g; s/kaksi|two/2/g; s/kolme|three/3/g;
        s/neljä|four/4/g; s/viisi|five/5/g; s/kuusi|six/6/g; s/seitsemän|seven/7/g; s/kahdeksan|eight/8/g;
        s/yhdeksän|nine/9/g' | tr -cd '0-9\n'
}

# corpus_leaks <export file>: fails when an e-mail address, phone number, user name or a part of
# the subject's or agent's name of the run is in it.
corpus_leaks() {
    local value found=()
    for value in "$DEMO_EMAIL" "$DEMO_EMAIL_PRIVATE" "${DEMO_EMAIL%@*}" "${DEMO_EMAIL_PRIVATE%@*}"; do
        grep -qiF -- "$value" "$1" && found+=("e-mail '$value'")
    done
    for value in "$DEMO_PHONE_LOCAL" "$DEMO_PHONE_INTL" "$DEMO_PHONE_COMPACT" "$DEMO_PHONE_FI" "$DEMO_PHONE_EN" \
        "$DEMO_PHONE_B"; do
        grep -qiF -- "$value" "$1" && found+=("phone '$value'")
    done
    jq -r '.text // empty' "$1" | digits_of | grep -qF "$DEMO_PHONE_A$DEMO_PHONE_B" &&
        found+=("phone $DEMO_PHONE_COMPACT (digits of the text, spoken digits read as digits)")
    grep -qiF -- "$DEMO_USERNAME" "$1" && found+=("user name '$DEMO_USERNAME'")
    # Every part of the subject's and the agent's names, as the start of a word (any case, "Matille" too).
    for value in $DEMO_NAME $DEMO_AGENT; do
        jq -r '.text // empty' "$1" | grep -qiE -- "(^|[^[:alpha:]])$value" && found+=("name '$value'")
    done
    ((${#found[@]} == 0)) || demo_fail "the corpus export contains: ${found[*]}; lines: $(grep -ciF "$DEMO_TAG" "$1") of the run"
    return 0
}

# --- the steps -----------------------------------------------------------------------------

# A chat in Finnish and English between the end user and an agent, with the user's e-mail
# addresses, phone number (two written forms) and user name in the text; then chat.closed.
demo_chat() {
    local t0 user agent
    t0=$(($(date +%s) - 600))
    user=$(jq -nc --argjson s "$DEMO_SUBJECT" --arg phone "$DEMO_PHONE_INTL" '$s + {role: "END_USER", phone: $phone}')
    agent=$(jq -nc --arg name "$DEMO_AGENT" '{role: "AGENT", name: $name}')
    demo_chat_message 1 "$user" "Hei! VPN ei toimi, viite $DEMO_TAG. Sähköpostini on $DEMO_EMAIL, soita tarvittaessa numeroon $DEMO_PHONE_LOCAL."
    demo_chat_message 2 "$agent" "Hei Matti, täällä Liisa palvelupisteestä. Mikä on käyttäjätunnuksesi?"
    demo_chat_message 3 "$user" "Käyttäjätunnukseni on $DEMO_USERNAME. In English as well: my mobile is $DEMO_PHONE_INTL if the chat drops."
    demo_chat_message 4 "$agent" "Thanks! I have reset your VPN profile, please try to connect again."
    demo_chat_message 5 "$user" "It works now, kiitos! Please send the confirmation to my private address $DEMO_EMAIL_PRIVATE."
    jq -nc --arg c "$DEMO_CONVERSATION" --arg at "$(demo_time $((t0 + 150)))" \
        '{type: "chat.closed", conversationId: $c, closedAt: $at}' >"$DEMO_DIR/chat-closed.json"
    demo_webhook chat "$DEMO_DIR/chat-closed.json"
    demo_keep DEMO_CHAT_MESSAGES 5
}

# demo_chat_message <n> <sender JSON> <text> (t0 from demo_chat)
demo_chat_message() {
    jq -nc --arg c "$DEMO_CONVERSATION" --arg id "$DEMO_CONVERSATION-m$1" --arg at "$(demo_time $((t0 + 20 * $1)))" \
        --argjson sender "$2" --arg text "$3" \
        '{type: "chat.message", conversationId: $c, messageId: $id, sentAt: $at, sender: $sender, text: $text}' \
        >"$DEMO_DIR/chat-$1.json"
    demo_note "chat.message $1 from $(jq -r .role <<<"$2"): $3"
    demo_webhook chat "$DEMO_DIR/chat-$1.json"
}

# A call: call.completed, its recording (a WAV with the caller's identifiers in LIST/INFO,
# bext and iXML chunks, signed over the raw bytes), and the platform's transcript, whose
# segments hold the phone number read out in Finnish and in English and an e-mail address.
demo_call() {
    local t0 wav="$DEMO_DIR/recording.wav" segments
    t0=$(($(date +%s) - 300))
    jq -nc --arg call "$DEMO_CALL" --arg from "$DEMO_PHONE_LOCAL" --arg start "$(demo_time "$t0")" \
        --arg ended "$(demo_time $((t0 + 95)))" --argjson s "$DEMO_SUBJECT" --arg agent "$DEMO_AGENT" \
        '{type: "call.completed", callId: $call, from: $from, to: "+358 9 310 1000", startedAt: $start,
          endedAt: $ended, caller: ($s | {name, email, username}), agent: {id: "agent-17", name: $agent}}' \
        >"$DEMO_DIR/call.json"
    demo_note "call.completed $DEMO_CALL from $DEMO_PHONE_LOCAL ($DEMO_NAME, $DEMO_EMAIL, $DEMO_USERNAME), agent $DEMO_AGENT"
    demo_webhook telephony "$DEMO_DIR/call.json"

    wav_write "$wav" "$DEMO_CALL" "$DEMO_NAME" "$DEMO_PHONE_LOCAL" "$DEMO_EMAIL" "$DEMO_AGENT"
    demo_keep DEMO_RECORDING_SHA256 "$(sha256sum "$wav" | cut -d' ' -f1)"
    demo_note "recording: 0.5 s PCM WAV with LIST/INFO, bext and iXML chunks naming the caller, sha256 $DEMO_RECORDING_SHA256"
    demo_webhook telephony "$wav" "/webhooks/telephony/calls/$DEMO_CALL/recording" PUT audio/wav

    segments=$(jq -nc --arg tag "$DEMO_TAG" --arg fi "$DEMO_PHONE_FI" --arg en "$DEMO_PHONE_EN" --arg email "$DEMO_EMAIL" '[
        {speaker: "CALLER", text: ("Hei, täällä Matti Virtanen. Soitan tiketistä " + $tag + ", Outlook ei aukea.")},
        {speaker: "AGENT", text: "Selvä. Mihin numeroon voin soittaa takaisin, jos puhelu katkeaa?"},
        {speaker: "CALLER", text: ("Numeroni on " + $fi + ".")},
        {speaker: "AGENT", text: "Thank you. Which e-mail address should I send the instructions to?"},
        {speaker: "CALLER", text: ("To " + $email + " please, and my work number in English is " + $en + ".")}
    ] | to_entries | map(.value + {startMs: (.key * 15000), endMs: (.key * 15000 + 12000)})')
    jq -nc --arg call "$DEMO_CALL" --argjson segments "$segments" \
        '{type: "transcript.completed", callId: $call, language: "fi", segments: $segments}' >"$DEMO_DIR/transcript.json"
    jq -r '.[] | "transcript \(.speaker): \(.text)"' <<<"$segments" | while IFS= read -r line; do demo_note "$line"; done
    demo_webhook telephony "$DEMO_DIR/transcript.json"
    demo_keep DEMO_CALL_SEGMENTS "$(jq length <<<"$segments")"
}

# The run's chat and call reach redaction-service's corpus (bot-developer's export), every
# message of both, with placeholders for what was identifying and none of the run's e-mail
# addresses or phone numbers in any written form (R3.3, R8.2).
demo_corpus() {
    # Without the call (its step failed) the chat is still checked, and the step fails at the end.
    local deadline=$((SECONDS + SUITE_DEMO_TIMEOUT)) lines="$DEMO_DIR/corpus.ndjson" chat call chat_count call_count \
        calls=${DEMO_CALL_SEGMENTS:-0}
    demo_need DEMO_CHAT_MESSAGES chat
    while :; do
        corpus_since "$DEMO_BOT_TOKEN" "$DEMO_START_CURSOR" "$lines" ||
            demo_fail "GET /api/v1/corpus/export answered HTTP $DEMO_LAST_STATUS: $(head -c 500 "$DEMO_DIR/page")"
        chat=$(jq -r --arg tag "$DEMO_TAG" 'select(.text | contains($tag) and contains("VPN")) | .conversation' "$lines" | head -n 1)
        call=$(jq -r --arg tag "$DEMO_TAG" 'select(.text | contains($tag) and contains("Outlook")) | .conversation' "$lines" | head -n 1)
        chat_count=$(jq -c --arg c "$chat" 'select(.conversation == $c)' "$lines" | wc -l)
        call_count=$(jq -c --arg c "$call" 'select(.conversation == $c)' "$lines" | wc -l)
        [[ -n $chat ]] && ((chat_count >= DEMO_CHAT_MESSAGES)) && { ((calls == 0)) || { [[ -n $call ]] && ((call_count >= calls)); }; } && break
        ((SECONDS < deadline)) || demo_fail "after ${SUITE_DEMO_TIMEOUT}s the export holds $(wc -l <"$lines") new line(s): chat $chat_count of $DEMO_CHAT_MESSAGES messages${chat:+ (conversation $chat)}, call $call_count of $calls segments${call:+ (conversation $call)}; see $SUITE_LOGS/ingest.log and redaction.log"
        sleep 2
    done
    demo_keep DEMO_CHAT_PSEUDONYM "$chat"
    demo_keep DEMO_CALL_PSEUDONYM "$call"
    demo_note "the run's lines in the export (conversation pseudonym, sequence, speaker, language, text, entity counts):"
    jq -r --arg a "$chat" --arg b "$call" 'select(.conversation == $a or .conversation == $b)
        | "  \(.conversation[0:12])… #\(.sequence) \(.speaker) \(.language // "-") \(.text)  \(.entityCounts // {} | tojson)"' \
        "$lines" >&2
    jq -r --arg a "$chat" --arg b "$call" 'select(.conversation == $a or .conversation == $b) | .text' "$lines" \
        >"$DEMO_DIR/corpus-texts"
    grep -q '\[EMAIL_[0-9]*\]' "$DEMO_DIR/corpus-texts" || demo_fail "no [EMAIL_n] placeholder in the run's lines"
    grep -q '\[PHONE_[0-9]*\]' "$DEMO_DIR/corpus-texts" || demo_fail "no [PHONE_n] placeholder in the run's lines"
    corpus_leaks "$lines"
    # Without the call step in this run (CI runs the chat path only) there is no call to look for.
    ((calls > 0)) || [[ " ${DEMO_RUN_STEPS:-} " != *" demo_call "* ]] ||
        demo_fail "the chat is in the corpus, redacted; the call could not be checked (step call failed)"
    demo_note "both conversations are in the corpus with placeholders; none of the run's e-mail addresses, phone numbers, user names or names is in the export"
}

# demo_contacts <kind=value>: the dispute look-up (POST /api/v1/contacts/search, role
# dispute-handler; the identifier in the body, not the URL) into $DEMO_DIR/body; prints the number of contacts.
demo_contacts() {
    local status body
    body=$(jq -cn --arg kind "${1%%=*}" --arg value "${1#*=}" --arg reason "bin/suite demo $DEMO_RUN" \
        '{($kind): $value, reason: $reason}')
    status=$(demo_api POST ingest /api/v1/contacts/search "$DEMO_DISPUTE_TOKEN" -H 'content-type: application/json' \
        --data-binary "$body")
    demo_expect "$status" 200 "POST /api/v1/contacts/search {$1}"
    jq -e 'type == "array"' "$DEMO_DIR/body" >/dev/null || demo_fail "POST /api/v1/contacts/search {$1} is no JSON array: $(demo_body)"
    jq length "$DEMO_DIR/body"
}

# A dispute handler finds the run's chat and call by the subject's e-mail address, and by the
# phone number written another way (R3.1, R9.2).
demo_dispute_lookup() {
    local count query problems=()
    for query in "email=$DEMO_EMAIL" "phone=$DEMO_PHONE_COMPACT"; do
        count=$(demo_contacts "$query")
        demo_note "POST /api/v1/contacts/search {$query, reason} (dispute-handler): $count contact(s)"
        jq -r '.[] | "  \(.id) \(.channel) \(.startedAt) → \(.endedAt // "-"): \(.messageCount) message(s), recording \(.hasRecording), subject \(.subject | tojson)"' \
            "$DEMO_DIR/body" >&2
        ((count == 2)) || problems+=("the look-up {$query} found $count contact(s) ($(jq -r '[.[].channel] | join(", ")' "$DEMO_DIR/body")), not the chat and the call;")
        jq -e 'any(.[]; .hasRecording == true)' "$DEMO_DIR/body" >/dev/null || problems+=("the look-up {$query}: no contact has a recording;")
    done
    ((${#problems[@]} == 0)) || demo_fail "${problems[*]}"
}

# demo_case <ACCESS|ERASURE|…>: a rights case for the run's subject, verified on every
# identifier, executed, and followed until COMPLETED; its id in DEMO_CASE.
demo_case() {
    local type=$1 status deadline case_status
    jq -nc --arg type "$type" --argjson s "$DEMO_SUBJECT" --arg run "$DEMO_RUN" \
        '{type: $type, subject: $s, channel: "demo", details: ("bin/suite demo run " + $run)}' >"$DEMO_DIR/case.json"
    status=$(demo_api POST rights /api/v1/requests "$DEMO_DPO_TOKEN" -H 'content-type: application/json' \
        --data-binary "@$DEMO_DIR/case.json")
    demo_expect "$status" 201 "POST /api/v1/requests ($type)"
    DEMO_CASE=$(jq -r '.id // empty' "$DEMO_DIR/body")
    [[ -n $DEMO_CASE ]] || demo_fail "POST /api/v1/requests answered without an id: $(demo_body)"
    demo_note "POST /api/v1/requests: $type case $DEMO_CASE, $(jq -r '"\(.status), due \(.dueAt) (\(.daysLeft) days)"' "$DEMO_DIR/body")"

    jq -nc --argjson s "$DEMO_SUBJECT" \
        '{verified: ($s | keys), method: "OTHER", note: "bin/suite demo: the demo made this subject"}' >"$DEMO_DIR/verify.json"
    status=$(demo_api POST rights "/api/v1/requests/$DEMO_CASE/verification" "$DEMO_DPO_TOKEN" \
        -H 'content-type: application/json' --data-binary "@$DEMO_DIR/verify.json")
    demo_expect "$status" 200 "POST /api/v1/requests/$DEMO_CASE/verification"
    case_status=$(jq -r .status "$DEMO_DIR/body")
    [[ $case_status == VERIFIED ]] ||
        demo_fail "after verifying $(jq -c .verified "$DEMO_DIR/verify.json") the case is $case_status: $(demo_body)"
    demo_note "verification of $(jq -c .verified "$DEMO_DIR/verify.json"): $case_status"

    status=$(demo_api POST rights "/api/v1/requests/$DEMO_CASE/execute" "$DEMO_DPO_TOKEN")
    demo_expect "$status" 202 "POST /api/v1/requests/$DEMO_CASE/execute"
    demo_note "execute: HTTP 202, $(jq -r .status "$DEMO_DIR/body" 2>/dev/null)"

    deadline=$((SECONDS + SUITE_DEMO_CASE_TIMEOUT))
    while :; do
        status=$(demo_api GET rights "/api/v1/requests/$DEMO_CASE" "$DEMO_DPO_TOKEN")
        demo_expect "$status" 200 "GET /api/v1/requests/$DEMO_CASE"
        case_status=$(jq -r .status "$DEMO_DIR/body")
        [[ $case_status == COMPLETED ]] && break
        [[ $case_status != REJECTED ]] || demo_fail "the case was rejected: $(demo_body)"
        ((SECONDS < deadline)) ||
            demo_fail "the case is $case_status after ${SUITE_DEMO_CASE_TIMEOUT}s; owners: $(jq -c .owners "$DEMO_DIR/body")"
        sleep 1
    done
    demo_note "the case is COMPLETED after $((SUITE_DEMO_CASE_TIMEOUT - deadline + SECONDS))s; owners:"
    jq -r '.owners[] | "  \(.service): \(.status) at \(.answeredAt // "-"): \(.summary // "" | tostring)"' "$DEMO_DIR/body" >&2
}

# An access request for the run's subject (R10.1, R10.4): the package, written to
# $SUITE_HOME/demo/access-<id>.zip, holds data.json with the subject's data, report.html and
# the call's recording, byte for byte as it came in.
demo_access() {
    local status zip unpacked="$DEMO_DIR/package" entry found=""
    demo_case ACCESS
    status=$(demo_api GET rights "/api/v1/requests/$DEMO_CASE/package" "$DEMO_DPO_TOKEN" -H 'Accept: application/zip')
    demo_expect "$status" 200 "GET /api/v1/requests/$DEMO_CASE/package"
    mkdir -p "$DEMO_PACKAGES" "$unpacked"
    zip="$DEMO_PACKAGES/access-$DEMO_CASE.zip"
    cp "$DEMO_DIR/body" "$zip"
    demo_note "GET /api/v1/requests/$DEMO_CASE/package -> $zip ($(wc -c <"$zip") bytes):"
    jar tvf "$zip" >"$DEMO_DIR/listing" 2>&1 || demo_fail "the package is no zip file: $(head -c 300 "$zip" | tr -c '[:print:]' .)"
    sed 's/^/      /' "$DEMO_DIR/listing" >&2
    (cd "$unpacked" && jar xf "$zip")
    for entry in data.json report.html; do
        [[ -f $unpacked/$entry ]] || demo_fail "the package has no $entry; it holds: $(awk '{print $NF}' "$DEMO_DIR/listing" | tr '\n' ' ')"
    done
    jq -e . "$unpacked/data.json" >/dev/null || demo_fail "data.json is not JSON"
    grep -qF -- "$DEMO_EMAIL" "$unpacked/data.json" || demo_fail "data.json does not name the subject's e-mail $DEMO_EMAIL"
    grep -qF -- "$DEMO_TAG" "$unpacked/data.json" || demo_fail "data.json holds none of the run's messages (marker $DEMO_TAG)"
    grep -qi 'Tietosuojavaltuutettu' "$unpacked/report.html" ||
        warn "report.html does not name Tietosuojavaltuutettu (the right to complain, R10.4)"
    demo_note "data.json: $(jq -c 'if type == "object" then keys else type end' "$unpacked/data.json")"
    [[ -d $unpacked/recordings ]] && [[ -n $(find "$unpacked/recordings" -type f) ]] ||
        demo_fail "the package has no file under recordings/$([[ -n ${DEMO_RECORDING_SHA256:-} ]] || printf ' (step call failed: no recording was sent)'); it holds: $(awk '{print $NF}' "$DEMO_DIR/listing" | tr '\n' ' ')"
    while IFS= read -r entry; do
        [[ $(sha256sum "$entry" | cut -d' ' -f1) == "${DEMO_RECORDING_SHA256:-}" ]] && found=${entry#"$unpacked"/}
    done < <(find "$unpacked/recordings" -type f)
    if [[ -z ${DEMO_RECORDING_SHA256:-} ]]; then
        warn "step call did not run: the recording was not compared"
    elif [[ -z $found ]]; then
        demo_fail "no file under recordings/ is the recording the demo sent (sha256 $DEMO_RECORDING_SHA256)"
    else
        demo_note "$found is the recording as sent (sha256 $DEMO_RECORDING_SHA256)"
    fi
}

# An erasure request for the same subject: afterwards the dispute look-up finds nothing of the
# subject and the corpus export holds nothing of the run (R10.2, R10.3).
demo_erasure() {
    local count query lines="$DEMO_DIR/corpus-after.ndjson" left
    demo_case ERASURE
    for query in "email=$DEMO_EMAIL" "phone=$DEMO_PHONE_COMPACT"; do
        count=$(demo_contacts "$query")
        ((count == 0)) || demo_fail "after the erasure the look-up {$query} still finds $count contact(s): $(demo_body)"
        demo_note "the look-up {$query}: no contact"
    done
    corpus_since "$DEMO_BOT_TOKEN" "$DEMO_START_CURSOR" "$lines" ||
        demo_fail "GET /api/v1/corpus/export answered HTTP $DEMO_LAST_STATUS: $(head -c 500 "$DEMO_DIR/page")"
    left=$(jq -c --arg tag "$DEMO_TAG" --arg a "${DEMO_CHAT_PSEUDONYM:-}" --arg b "${DEMO_CALL_PSEUDONYM:-}" \
        'select((.text | contains($tag)) or (.conversation != "" and (.conversation == $a or .conversation == $b)))' "$lines")
    [[ -z $left ]] || demo_fail "after the erasure the corpus export still holds $(wc -l <<<"$left") line(s) of the run: $(head -c 600 <<<"$left")"
    corpus_leaks "$lines"
    demo_note "the corpus export since the run began: $(wc -l <"$lines") line(s), none of the run"
}

# One retention sweep in job mode (`bin/suite sweep`), which exits 0 when the sweep is
# compliant (R8.1–R8.3). A retention-service without job mode keeps running: after
# $SUITE_DEMO_SWEEP_TIMEOUT s the sweep is stopped and the step fails.
demo_sweep() {
    local rc=0 out="$DEMO_DIR/sweep.out"
    demo_note "bin/suite sweep (at most ${SUITE_DEMO_SWEEP_TIMEOUT}s)"
    timeout -k 15 "$SUITE_DEMO_SWEEP_TIMEOUT" "$SUITE_ROOT/bin/suite" sweep >"$out" 2>&1 || rc=$?
    # Its output without stack-trace lines, so that the report is what shows.
    grep -Ev '^\s*$|^\s+at |^\s+\.\.\. [0-9]+ more|^Caused by' "$out" | tail -n 20 | sed 's/^/      /' >&2
    case $rc in
        0) demo_note "the sweep is compliant (exit code 0)" ;;
        124 | 137) demo_fail "bin/suite sweep did not exit within ${SUITE_DEMO_SWEEP_TIMEOUT}s, so it was stopped (without job mode retention-service never exits; in job mode it waits for the owners' reports up to retention.sweep-timeout); the end of its output: $(tail -n 2 "$out" | tr '\n' ' ')" ;;
        *) demo_fail "bin/suite sweep exited $rc (not compliant): $(tail -n 3 "$out" | tr '\n' ' ')" ;;
    esac
}

# The DPO signs in to the portal on Keycloak's own page (as a browser would: cookies, the login
# form, the redirects of the authorization code flow) and sees the queue.
demo_portal() {
    local jar="$DEMO_DIR/portal-cookies" page="$DEMO_DIR/portal-page" action
    if ! keycloak_enabled; then
        demo_note "SUITE_OIDC=local: no Keycloak, so no portal sign-in; skipped"
        return 0
    fi
    curl -s -L --max-time "$SUITE_DEMO_TIMEOUT" -c "$jar" -b "$jar" -o "$page" "$(service_url rights)/portal"
    action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' "$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g') ||
        demo_fail "the portal did not lead to Keycloak's sign-in form: $(head -c 200 "$page")"
    demo_note "portal → Keycloak sign-in page of realm servicedesk"
    curl -s -L --max-time "$SUITE_DEMO_TIMEOUT" -c "$jar" -b "$jar" -o "$page" -H 'Accept-Language: en' \
        --data-urlencode username=dpo --data-urlencode "password=$(secret SUITE_USER_PASSWORD_DPO)" "$action"
    grep -q '<h1>Queue</h1>' "$page" || demo_fail "signed in, but no queue: $(head -c 300 "$page")"
    demo_note "signed in as dpo: the queue at $(service_url rights)/portal lists $(grep -c '<tr class=' "$page" || true) case(s)"
}
