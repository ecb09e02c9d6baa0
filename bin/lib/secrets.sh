# Keys and secrets of the local suite, generated once into $SUITE_HOME and kept.

OIDC_DIR="$SUITE_HOME/oidc"
SECRETS_ENV="$SUITE_HOME/secrets.env"

# The variables docs/conventions.md lists, each with the kind of value it takes.
SUITE_SECRETS=(
    INGEST_WEBHOOK_SECRET_CHAT:webhook
    INGEST_WEBHOOK_SECRET_TELEPHONY:webhook
    INGEST_WEBHOOK_SECRET_TRANSCRIPTION:webhook
    INGEST_MASTER_KEYS:versioned
    SERVICEDESK_MATCHING_KEY:key
    REDACTION_PSEUDONYM_KEY:key
    RIGHTS_MASTER_KEY:key
    RIGHTS_PORTAL_CLIENT_SECRET:client-secret
    SUITE_USER_PASSWORD_DPO:password
    SUITE_USER_PASSWORD_HANDLER:password
    SUITE_USER_PASSWORD_BOT:password
    SUITE_USER_PASSWORD_AUDITOR:password
)

random_key() { openssl rand -base64 32; }

secret_value() {
    case $1 in
        webhook) printf 'whsec_%s\n' "$(random_key)" ;;
        versioned) printf '1:%s\n' "$(random_key)" ;;
        key) random_key ;;
        # An OIDC client secret travels form-encoded in HTTP Basic authentication, where a base64
        # '+' reads as a space at the provider: hex only.
        client-secret) openssl rand -hex 32 ;;
        # Typed into Keycloak's sign-in page: no characters a form or a shell would mangle.
        password) openssl rand -base64 18 | tr '+/' '-_' ;;
    esac
}

# The OIDC signing key pair (RSA 2048) and every secret missing from secrets.env.
ensure_secrets() {
    local entry name
    mkdir -p "$OIDC_DIR"
    if [[ ! -s $OIDC_DIR/private.pem ]]; then
        say "generating the local OIDC signing key in $OIDC_DIR"
        (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OIDC_DIR/private.pem" 2>/dev/null)
        openssl pkey -in "$OIDC_DIR/private.pem" -pubout -out "$OIDC_DIR/public.pem"
    fi
    (umask 077 && touch "$SECRETS_ENV")
    chmod 600 "$SECRETS_ENV"
    for entry in "${SUITE_SECRETS[@]}"; do
        name=${entry%%:*}
        grep -q "^$name=" "$SECRETS_ENV" && continue
        if [[ -n ${!name:-} ]]; then
            say "taking $name from the environment into $SECRETS_ENV"
            printf '%s=%s\n' "$name" "${!name}" >>"$SECRETS_ENV"
            continue
        fi
        say "generating $name into $SECRETS_ENV"
        printf '%s=%s\n' "$name" "$(secret_value "${entry#*:}")" >>"$SECRETS_ENV"
    done
}

# Prints the value of one variable of secrets.env.
secret() { sed -n "s/^$1=//p" "$SECRETS_ENV" | tail -n 1; }

# The OIDC public key as the local profile takes it: base64 DER (the PEM body on one line).
oidc_public_key() { sed '/-----/d' "$OIDC_DIR/public.pem" | tr -d '\n'; }
