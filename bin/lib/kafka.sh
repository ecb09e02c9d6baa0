# The local Apache Kafka broker: a single KRaft node (broker and controller in one JVM) run from
# the Maven Central jars that bin/kafka/pom.xml resolves into $SUITE_HOME/kafka/libs.

KAFKA_DIR="$SUITE_HOME/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
SUITE_KAFKA_HEAP_OPTS="${SUITE_KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

kafka_version() { sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SUITE_ROOT/bin/kafka/pom.xml"; }

kafka_resolve() {
    local version staging
    version=$(kafka_version)
    [[ -f $KAFKA_LIBS/kafka_2.13-$version.jar ]] && return 0
    say "resolving Apache Kafka $version and its dependencies into $KAFKA_LIBS"
    staging="$KAFKA_LIBS.partial"
    rm -rf "$staging"
    mvnw -q -f bin/kafka/pom.xml dependency:copy-dependencies -DoutputDirectory="$staging"
    rm -rf "$KAFKA_LIBS"
    mv "$staging" "$KAFKA_LIBS"
}

kafka_configure() {
    mkdir -p "$KAFKA_DIR" "$SUITE_LOGS"
    cat >"$KAFKA_DIR/server.properties" <<PROPERTIES
# Written by bin/suite up on every start. A single KRaft node, broker and controller in one.
# Changing the controller port of a formatted node needs a fresh $KAFKA_DIR/data.
node.id=1
process.roles=broker,controller
listeners=PLAINTEXT://$SUITE_HOST:$SUITE_KAFKA_PORT,CONTROLLER://$SUITE_HOST:$SUITE_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$SUITE_HOST:$SUITE_KAFKA_PORT,CONTROLLER://$SUITE_HOST:$SUITE_KAFKA_CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=$SUITE_HOST:$SUITE_KAFKA_CONTROLLER_PORT
log.dirs=$KAFKA_DIR/data
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
    cat >"$KAFKA_DIR/log4j2.properties" <<PROPERTIES
# Written by bin/suite up: the broker logs to $SUITE_LOGS/kafka.log, to the end of its shutdown.
shutdownHook = disable
appender.file.type = File
appender.file.name = file
appender.file.fileName = $SUITE_LOGS/kafka.log
appender.file.append = true
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.controller.name = state.change.logger
logger.controller.level = WARN
PROPERTIES
}

# Runs a Kafka main class on the resolved jars (execs: keeps the caller's pid).
kafka_java() {
    local main=$1
    shift
    exec java $SUITE_KAFKA_HEAP_OPTS $(process_marker kafka) \
        -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
        -cp "$KAFKA_LIBS/*" "$main" "$@"
}

# Formats the storage once, with a cluster id kept in $KAFKA_DIR/cluster.id.
kafka_format() {
    [[ -f $KAFKA_DIR/data/meta.properties ]] && return 0
    local id
    if [[ ! -s $KAFKA_DIR/cluster.id || $(<"$KAFKA_DIR/cluster.id") == -* ]]; then
        # A Kafka Uuid: 16 random bytes, base64url without padding. One that starts with "-" (1 in 64) is
        # drawn again, as Kafka's own Uuid.randomUuid does: the storage tool reads it as an option. A kept
        # one that starts with "-" cannot have formatted anything, so it is replaced too.
        id=-
        while [[ $id == -* ]]; do
            id=$(openssl rand 16 | openssl base64 -A | tr '+/' '-_' | tr -d '=')
        done
        printf '%s\n' "$id" >"$KAFKA_DIR/cluster.id"
    fi
    say "formatting Kafka storage (cluster $(<"$KAFKA_DIR/cluster.id"))"
    (kafka_java kafka.tools.StorageTool format --standalone --ignore-formatted \
        -t "$(<"$KAFKA_DIR/cluster.id")" -c "$KAFKA_DIR/server.properties") >>"$SUITE_LOGS/kafka.log" 2>&1 ||
        die "formatting Kafka storage failed; see $SUITE_LOGS/kafka.log"
}

kafka_start() {
    local pid
    if pid=$(running_pid kafka); then
        say "kafka already running (pid $pid)"
        return 0
    fi
    port_open "$SUITE_HOST" "$SUITE_KAFKA_PORT" &&
        die "$SUITE_HOST:$SUITE_KAFKA_PORT is taken by another process; set SUITE_KAFKA_PORT"
    kafka_resolve
    kafka_configure
    kafka_format
    say "starting kafka on $SUITE_KAFKA_BOOTSTRAP"
    start_background kafka kafka_java kafka.Kafka "$KAFKA_DIR/server.properties"
    wait_for_port "$SUITE_HOST" "$SUITE_KAFKA_PORT" 60 kafka
}

# Creates the topics of contracts/asyncapi.yaml that do not exist yet.
kafka_topics() {
    java -cp "$KAFKA_LIBS/*" "$SUITE_ROOT/bin/lib/CreateTopics.java" \
        "$SUITE_ROOT/contracts/asyncapi.yaml" "$SUITE_KAFKA_BOOTSTRAP"
}
