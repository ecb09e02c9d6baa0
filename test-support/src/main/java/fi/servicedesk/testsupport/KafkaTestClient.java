package fi.servicedesk.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** A plain Kafka client for tests: sends CloudEvents (binary mode) and reads what services publish. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Sends {@code data} as a CloudEvent in Kafka binary content mode and waits for the broker's ack. */
    public static void sendCloudEvent(String topic, String key, String id, String type, String data) {
        sendCloudEvents(topic, List.of(new CloudEvent(key, id, type, data)));
    }

    /** One CloudEvent of {@link #sendCloudEvents}. */
    public record CloudEvent(String key, String id, String type, String data) {
    }

    /**
     * Sends the events in order through one producer and waits for every ack. Many events (access
     * chunks, say) go far faster this way than one by one: each producer opens its own connection.
     */
    public static void sendCloudEvents(String topic, List<CloudEvent> events) {
        send(events.stream().map(event -> {
            var record = new ProducerRecord<>(topic, event.key(), event.data());
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", event.id());
            header(record, "ce_type", event.type());
            header(record, "ce_source", sourceOf(event.type()));
            header(record, "ce_time", Instant.now().toString());
            header(record, "content-type", "application/json");
            return record;
        }).toList());
    }

    /**
     * The source a service's outbox gives its events ({@code fi.servicedesk.ingest.…} comes from
     * {@code urn:fi.servicedesk:ingest-service}), so a consumer that checks who sent an event accepts
     * the test's; other types get a test source.
     */
    private static String sourceOf(String type) {
        var parts = type.split("\\.");
        return parts.length > 3 && parts[0].equals("fi") && parts[1].equals("servicedesk")
                ? "urn:fi.servicedesk:" + parts[2] + "-service" : "urn:test:" + type;
    }

    /** Sends a record exactly as given, for poison messages that no contract allows. */
    public static void sendRaw(String topic, String key, Map<String, String> headers, String value) {
        var record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> header(record, name, headerValue));
        send(List.of(record));
    }

    /**
     * Reads {@code topic} from its beginning until {@code count} records match or the time is up,
     * then reads one more short while so that a duplicate would be seen too.
     */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                             int count, Duration timeout) {
        var found = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = new KafkaConsumer<String, String>(consumerProperties())) {
            consumer.subscribe(List.of(topic));
            var deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && found.size() < count) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
            }
            var settle = Instant.now().plusMillis(1500);
            while (Instant.now().isBefore(settle)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(List<ProducerRecord<String, String>> records) {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<String, String>(properties)) {
            var acks = records.stream().map(producer::send).toList();
            for (var ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + records.getFirst().topic(), e);
        }
    }

    private static Properties consumerProperties() {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }
}
