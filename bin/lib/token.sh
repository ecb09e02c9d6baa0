# Bearer tokens for the local suite: Keycloak's (keycloak.sh), or with SUITE_OIDC=local RS256 JWTs
# signed with $SUITE_HOME/oidc/private.pem, which the services then check (OIDC_PUBLIC_KEY,
# OIDC_ISSUER). Either way a token names the services it is for (aud): each service accepts only
# its own audience, <service>-service.

SUITE_ROLES=(dpo dispute-handler bot-developer auditor)

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# A JSON string literal of $1.
json_string() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

# suite_token --role <role> [--role <role>…] [--for <service>…] [--sub <name>] [--ttl <seconds>]:
# prints a JWT for the named services (all four without --for).
suite_token() {
    local roles=() audiences=() sub="" ttl=3600 role groups aud="" header claims now signature svc
    while (($#)); do
        case $1 in
            --role) roles+=("${2:?--role needs a value}"); shift 2 ;;
            --for)
                svc=${2:?--for needs a service}
                service_port "$svc" >/dev/null
                audiences+=("$svc-service")
                shift 2
                ;;
            --sub) sub=${2:?--sub needs a value}; shift 2 ;;
            --ttl) ttl=${2:?--ttl needs seconds}; shift 2 ;;
            *) die "token: unknown argument '$1' (usage: bin/suite token --role <role> [--sub <name>] [--ttl <seconds>])" ;;
        esac
    done
    ((${#roles[@]})) || die "token: --role is required (one of: ${SUITE_ROLES[*]})"
    ((${#audiences[@]})) || for svc in "${SUITE_SERVICES[@]}"; do audiences+=("$svc-service"); done
    if keycloak_enabled; then
        ((${#roles[@]} == 1)) || die "token: Keycloak's users have one role each; give one --role"
        [[ -z $sub ]] || warn "token: --sub is the Keycloak user's; ignored"
        keycloak_token "${roles[0]}" "${audiences[@]}"
        return
    fi
    [[ $ttl =~ ^[0-9]+$ ]] || die "token: --ttl takes seconds"
    for role in "${roles[@]}"; do
        [[ " ${SUITE_ROLES[*]} " == *" $role "* ]] || warn "role '$role' is none of: ${SUITE_ROLES[*]}"
        groups+="${groups:+,}$(json_string "$role")"
    done
    sub=${sub:-local-${roles[0]}}
    ensure_secrets
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    for svc in "${audiences[@]}"; do aud+="${aud:+,}$(json_string "$svc")"; done
    claims=$(printf '{"iss":%s,"aud":[%s],"sub":%s,"upn":%s,"groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
        "$(json_string "$SUITE_OIDC_ISSUER")" "$aud" "$(json_string "$sub")" "$(json_string "$sub")" "$groups" \
        "$now" "$((now + ttl))" "$(openssl rand -hex 16)" | base64url)
    signature=$(printf '%s.%s' "$header" "$claims" |
        openssl dgst -sha256 -sign "$OIDC_DIR/private.pem" -binary | base64url)
    printf '%s.%s.%s\n' "$header" "$claims" "$signature"
}
