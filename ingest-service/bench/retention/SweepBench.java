import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The timed part of the retention benchmark (issue #5): publishes one retention sweep-requested
 * CloudEvent (as retention-service would: as of now, the policy's default periods) and waits for
 * ingest's sweep-completed report with the same sweep id. Prints the seconds between the two and
 * the report. Run by run.sh: java -cp "$KAFKA_LIBS/*" SweepBench.java <bootstrap> [timeout s].
 */
public class SweepBench {

    public static void main(String[] args) throws Exception {
        var bootstrap = args[0];
        var timeout = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 600);
        var sweepId = UUID.randomUUID().toString();
        var asOf = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var event = """
                {"sweepId":"%s","asOf":"%s","requestedAt":"%s","cutoffs":{"recording":"%s","message":"%s","contact":"%s","audit":"%s"},"expectedOwners":["ingest-service"]}"""
                .formatted(sweepId, asOf, asOf, monthsBefore(asOf, 3), monthsBefore(asOf, 12), monthsBefore(asOf, 12),
                        monthsBefore(asOf, 24));

        awaitIngestConsuming(bootstrap);
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
             var producer = new KafkaProducer<String, String>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            // Reports from now on only: the end of every partition, taken before the request goes out.
            var partitions = consumer.partitionsFor("retention.reports.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            var record = new ProducerRecord<>("retention.sweeps.v1", sweepId, event);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", "fi.servicedesk.retention.sweep-requested.v1");
            header(record, "ce_source", "urn:fi.servicedesk:retention-service:bench");
            header(record, "ce_time", asOf.toString());
            header(record, "content-type", "application/json");
            var started = System.nanoTime();
            producer.send(record).get();
            System.out.println("sweep " + sweepId + " requested, as of " + asOf);

            var deadline = started + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (var report : consumer.poll(Duration.ofMillis(200))) {
                    if (sweepId.equals(report.key())) {
                        System.out.printf("SWEEP_SECONDS=%.1f%n", (System.nanoTime() - started) / 1e9);
                        System.out.println(report.value());
                        return;
                    }
                }
            }
            System.err.println("no report for sweep " + sweepId + " within " + timeout);
            System.exit(1);
        }
    }

    /** Times the sweep, not ingest's start: waits until ingest's consumer group has the sweeps topic assigned. */
    private static void awaitIngestConsuming(String bootstrap) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                var group = admin.describeConsumerGroups(List.of("ingest-service")).all().get().get("ingest-service");
                if (group.groupState() == GroupState.STABLE && group.members().stream().anyMatch(member -> member.assignment()
                        .topicPartitions().stream().anyMatch(p -> p.topic().equals("retention.sweeps.v1")))) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private static Instant monthsBefore(Instant asOf, int months) {
        return asOf.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
