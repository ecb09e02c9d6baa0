# Shared settings and helpers of bin/suite. Sourced; defines variables and functions only.
# Every path and port can be overridden from the environment (README: "Local suite").

SUITE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SUITE_HOME="${SUITE_HOME:-.suite}"
[[ $SUITE_HOME == /* ]] || SUITE_HOME="$SUITE_ROOT/$SUITE_HOME"
SUITE_LOGS="$SUITE_HOME/logs"
SUITE_PIDS="$SUITE_HOME/pids"

SUITE_HOST="${SUITE_HOST:-127.0.0.1}"
SUITE_KAFKA_PORT="${SUITE_KAFKA_PORT:-9092}"
SUITE_KAFKA_CONTROLLER_PORT="${SUITE_KAFKA_CONTROLLER_PORT:-9093}"
SUITE_KAFKA_BOOTSTRAP="$SUITE_HOST:$SUITE_KAFKA_PORT"
SUITE_READY_TIMEOUT="${SUITE_READY_TIMEOUT:-120}"
SUITE_STOP_TIMEOUT="${SUITE_STOP_TIMEOUT:-30}"
# Four services and Kafka start at once, often on two cores: C1 only and the serial collector
# spend far less CPU while starting than the defaults. The heap starts small and grows only as far
# as a service needs, so an idle service stays small; a full collection leaves at most 20 % of the
# heap free, so what a burst of load grew is given back at the next one (-ShrinkHeapInSteps: by
# default the JVM gives back nothing at the first full collection, all only at the fourth in a row).
# Survivor spaces of a sixth of the young generation each (SurvivorRatio=4, against a tenth) hold
# the requests in flight through a young collection, where they would overflow into the old
# generation and stay there as garbage until the next full collection. TrimNativeHeapInterval
# gives what glibc holds of the JVM's freed native memory (the compiler's arenas) back every 5 s.
# ArchiveRelocationMode=0 maps the AOT cache where it was written instead of at a random address:
# no pointer in it is patched, so its pages stay clean pages of the file rather than some 70 MB of
# private memory per service, and the JVM starts a little sooner. docs/deploy.md "JVM options" and
# docs/benchmarks.md "Start-up and memory". SUITE_<SERVICE>_JAVA_OPTS adds to these for one
# service and wins where both set an option (bin/lib/services.sh).
SUITE_JAVA_OPTS="${SUITE_JAVA_OPTS:--Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -XX:SurvivorRatio=4 -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:TrimNativeHeapInterval=5000 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}"
SUITE_OIDC_ISSUER="${SUITE_OIDC_ISSUER:-urn:servicedesk:local}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

say() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'suite: warning: %s\n' "$*" >&2; }
die() { printf 'suite: %s\n' "$*" >&2; exit 1; }

# True when something accepts TCP connections on host:port.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Runs the Maven wrapper at the repository root with the selected JDK.
mvnw() { (cd "$SUITE_ROOT" && ./mvnw -B "$@"); }
