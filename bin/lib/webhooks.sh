# Standard Webhooks signatures (https://www.standardwebhooks.com/) for ingest-service's webhooks,
# with the secrets INGEST_WEBHOOK_SECRET_<SOURCE> of $SUITE_HOME/secrets.env.

# webhook_signature <whsec_secret> <id> <timestamp> <body file>: prints "v1,<base64 HMAC-SHA256>"
# over "<id>.<timestamp>.<body>", keyed with the base64-decoded secret.
webhook_signature() {
    local key mac
    key=$(printf '%s' "${1#whsec_}" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n')
    mac=$({ printf '%s.%s.' "$2" "$3"; cat "$4"; } |
        openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | openssl base64 -A)
    printf 'v1,%s\n' "$mac"
}

# webhook_sign_args <source> <body file>: prints the curl arguments that sign the body for
# <source> (chat, telephony, transcription), one a line, for `mapfile -t`. None contains a space.
webhook_sign_args() {
    local source=$1 file=$2 secret_name secret id timestamp
    [[ -f $file ]] || die "sign: no such file: $file"
    secret_name="INGEST_WEBHOOK_SECRET_${source^^}"
    ensure_secrets
    secret=$(secret "$secret_name")
    [[ -n $secret ]] || die "sign: $secret_name is not in $SECRETS_ENV (sources: chat, telephony, transcription)"
    secret=${secret%% *} # several secrets (rotation): sign with the first
    id="msg_$(openssl rand -hex 12)"
    timestamp=$(date +%s)
    printf '%s\n' -H "webhook-id:$id" -H "webhook-timestamp:$timestamp" \
        -H "webhook-signature:$(webhook_signature "$secret" "$id" "$timestamp" "$file")"
}
