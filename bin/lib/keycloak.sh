# Keycloak, the local suite's OIDC provider (docs/identity.md): fetched once from Maven Central
# into $SUITE_HOME/keycloak, its own PostgreSQL database `keycloak`, the realm `servicedesk`
# imported from bin/keycloak/servicedesk-realm.json. SUITE_OIDC=local skips it: the services
# then check tokens that bin/suite signs with its own key ($SUITE_HOME/oidc).

SUITE_OIDC="${SUITE_OIDC:-keycloak}"
SUITE_KEYCLOAK_PORT="${SUITE_KEYCLOAK_PORT:-8180}"
SUITE_KEYCLOAK_MANAGEMENT_PORT="${SUITE_KEYCLOAK_MANAGEMENT_PORT:-8190}"
SUITE_KEYCLOAK_URL="http://$SUITE_HOST:$SUITE_KEYCLOAK_PORT"
SUITE_KEYCLOAK_REALM_URL="$SUITE_KEYCLOAK_URL/realms/servicedesk"
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$SUITE_ROOT/bin/keycloak/pom.xml")
KEYCLOAK_HOME="$SUITE_HOME/keycloak/keycloak-$KEYCLOAK_VERSION"

keycloak_enabled() { [[ $SUITE_OIDC == keycloak ]]; }

# The issuer the services check: Keycloak's realm, or the local signing key's name.
oidc_issuer() { keycloak_enabled && printf '%s\n' "$SUITE_KEYCLOAK_REALM_URL" || printf '%s\n' "$SUITE_OIDC_ISSUER"; }

# Unpacks Keycloak and builds it for PostgreSQL once (the build is what makes later starts quick).
keycloak_install() {
    [[ -x $KEYCLOAK_HOME/bin/kc.sh && -f $KEYCLOAK_HOME/.built ]] && return 0
    say "fetching Keycloak $KEYCLOAK_VERSION into $SUITE_HOME/keycloak"
    mvnw -q -f bin/keycloak/pom.xml -Dkeycloak.home="$SUITE_HOME/keycloak" package
    say "building Keycloak for PostgreSQL"
    "$KEYCLOAK_HOME/bin/kc.sh" build --db=postgres --health-enabled=true >>"$SUITE_LOGS/keycloak.log" 2>&1 ||
        die "kc.sh build failed; see $SUITE_LOGS/keycloak.log"
    touch "$KEYCLOAK_HOME/.built"
}

keycloak_java() {
    set -a
    # shellcheck disable=SC1090 # the realm file's ${…} placeholders: user passwords, portal secret
    source "$SECRETS_ENV"
    set +a
    export SUITE_PORTAL_URL="$(service_url rights)"
    export JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m"
    mkdir -p "$KEYCLOAK_HOME/data/import"
    cp "$SUITE_ROOT/bin/keycloak/servicedesk-realm.json" "$KEYCLOAK_HOME/data/import/"
    # kc.sh passes -D options on to the JVM it starts: both carry the suite's process marker.
    # shellcheck disable=SC2046
    exec "$KEYCLOAK_HOME/bin/kc.sh" $(process_marker keycloak) start --optimized --import-realm \
        --cache=local --http-enabled=true --http-host="$SUITE_HOST" --http-port="$SUITE_KEYCLOAK_PORT" \
        --http-management-port="$SUITE_KEYCLOAK_MANAGEMENT_PORT" --hostname="$SUITE_KEYCLOAK_URL" \
        --db-url="$(jdbc_url keycloak)" --db-username="$PGUSER" --db-password="${PGPASSWORD:-postgres}"
}

# What the realm is made of: its file and the secrets it takes. Keycloak imports a realm only
# into an empty database, so when this changes the database `keycloak` is made anew.
realm_fingerprint() {
    { cat "$SUITE_ROOT/bin/keycloak/servicedesk-realm.json"; grep -E '^(SUITE_USER_PASSWORD_|RIGHTS_PORTAL_CLIENT_SECRET)' "$SECRETS_ENV"; } |
        sha256sum | cut -d' ' -f1
}

keycloak_fresh_realm() {
    local stored="$SUITE_HOME/keycloak/realm.sha256" now
    now=$(realm_fingerprint)
    [[ -f $stored && $(<"$stored") == "$now" ]] && return 0
    say "realm or user passwords changed: recreating database keycloak for a fresh import"
    dropdb --if-exists "keycloak$SUITE_DB_SUFFIX"
    createdb "keycloak$SUITE_DB_SUFFIX"
    printf '%s\n' "$now" >"$stored"
}

keycloak_start() {
    local pid
    keycloak_enabled || return 0
    if pid=$(running_pid keycloak); then
        say "keycloak already running (pid $pid)"
        return 0
    fi
    keycloak_install
    keycloak_fresh_realm
    port_open "$SUITE_HOST" "$SUITE_KEYCLOAK_PORT" &&
        die "$SUITE_HOST:$SUITE_KEYCLOAK_PORT is taken by another process; set SUITE_KEYCLOAK_PORT"
    say "starting keycloak on port $SUITE_KEYCLOAK_PORT (realm servicedesk)"
    start_background keycloak keycloak_java
}

keycloak_ready_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
        "http://$SUITE_HOST:$SUITE_KEYCLOAK_MANAGEMENT_PORT/health/ready" || true
}

# Waits until Keycloak serves the realm: the services read its keys when they start.
keycloak_wait() {
    local deadline=$((SECONDS + SUITE_READY_TIMEOUT))
    keycloak_enabled || return 0
    say "waiting for keycloak (at most ${SUITE_READY_TIMEOUT}s)"
    until [[ $(keycloak_ready_status) == 200 ]] &&
        curl -sf -o /dev/null --max-time 2 "$SUITE_KEYCLOAK_REALM_URL/.well-known/openid-configuration"; do
        running_pid keycloak >/dev/null ||
            die "keycloak exited during start-up; the end of $SUITE_LOGS/keycloak.log:
$(tail -n 40 "$SUITE_LOGS/keycloak.log")"
        ((SECONDS < deadline)) || die "keycloak not ready after ${SUITE_READY_TIMEOUT}s (see $SUITE_LOGS/keycloak.log)"
        sleep 1
    done
}

# The realm's user for each role (the realm file gives each user one role).
keycloak_user() {
    case $1 in
        dpo) printf 'dpo\n' ;;
        dispute-handler) printf 'handler\n' ;;
        bot-developer) printf 'bot\n' ;;
        auditor) printf 'auditor\n' ;;
        *) die "token: no user of the realm has role '$1' (roles: ${SUITE_ROLES[*]})" ;;
    esac
}

# keycloak_token <role> <audience…>: an access token of the role's user, for those audiences
# (the realm's optional client scopes of the same names), by the password grant of suite-cli.
keycloak_token() {
    local role=$1 user password response
    shift
    user=$(keycloak_user "$role")
    password=$(secret "SUITE_USER_PASSWORD_${user^^}")
    response=$(curl -s --max-time 30 "$SUITE_KEYCLOAK_REALM_URL/protocol/openid-connect/token" \
        --data-urlencode grant_type=password --data-urlencode client_id=suite-cli \
        --data-urlencode "username=$user" --data-urlencode "password=$password" \
        --data-urlencode "scope=openid $*") || die "token: keycloak does not answer at $SUITE_KEYCLOAK_URL (bin/suite up starts it)"
    jq -er '.access_token' <<<"$response" 2>/dev/null || die "token: keycloak refused: $response"
}
