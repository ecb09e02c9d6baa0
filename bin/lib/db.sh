# The services' PostgreSQL databases (one per service, DESIGN §1; ingest keeps its keys apart)
# and Keycloak's.

SUITE_DATABASES=(ingest ingest_keys redaction retention rights keycloak)
# Appended to every database name, so two checkouts can run their suites on one PostgreSQL.
SUITE_DB_SUFFIX="${SUITE_DB_SUFFIX:-}"

ensure_databases() {
    local db
    pg_isready -q -h "$PGHOST" -p "$PGPORT" ||
        die "PostgreSQL does not answer on $PGHOST:$PGPORT (set PGHOST/PGPORT, or start it)"
    for db in "${SUITE_DATABASES[@]/%/$SUITE_DB_SUFFIX}"; do
        if [[ $(psql -X -q -At -d postgres -c "select 1 from pg_database where datname = '$db'") != 1 ]]; then
            say "creating database $db"
            createdb "$db"
        fi
    done
}

jdbc_url() { printf 'jdbc:postgresql://%s:%s/%s%s\n' "$PGHOST" "$PGPORT" "$1" "$SUITE_DB_SUFFIX"; }
