# Local bearer tokens: RS256 JWTs signed with $SUITE_HOME/oidc/private.pem, which the services
# check in the `local` profile (OIDC_PUBLIC_KEY, OIDC_ISSUER).

SUITE_ROLES=(dpo dispute-handler bot-developer auditor)

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# A JSON string literal of $1.
json_string() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

# suite_token --role <role> [--role <role>…] [--sub <name>] [--ttl <seconds>]: prints a JWT.
suite_token() {
    local roles=() sub="" ttl=3600 role groups header claims now signature
    while (($#)); do
        case $1 in
            --role) roles+=("${2:?--role needs a value}"); shift 2 ;;
            --sub) sub=${2:?--sub needs a value}; shift 2 ;;
            --ttl) ttl=${2:?--ttl needs seconds}; shift 2 ;;
            *) die "token: unknown argument '$1' (usage: bin/suite token --role <role> [--sub <name>] [--ttl <seconds>])" ;;
        esac
    done
    ((${#roles[@]})) || die "token: --role is required (one of: ${SUITE_ROLES[*]})"
    [[ $ttl =~ ^[0-9]+$ ]] || die "token: --ttl takes seconds"
    for role in "${roles[@]}"; do
        [[ " ${SUITE_ROLES[*]} " == *" $role "* ]] || warn "role '$role' is none of: ${SUITE_ROLES[*]}"
        groups+="${groups:+,}$(json_string "$role")"
    done
    sub=${sub:-local-${roles[0]}}
    ensure_secrets
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    claims=$(printf '{"iss":%s,"sub":%s,"upn":%s,"groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
        "$(json_string "$SUITE_OIDC_ISSUER")" "$(json_string "$sub")" "$(json_string "$sub")" "$groups" \
        "$now" "$((now + ttl))" "$(openssl rand -hex 16)" | base64url)
    signature=$(printf '%s.%s' "$header" "$claims" |
        openssl dgst -sha256 -sign "$OIDC_DIR/private.pem" -binary | base64url)
    printf '%s.%s.%s\n' "$header" "$claims" "$signature"
}
