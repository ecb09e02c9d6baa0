package fi.servicedesk.redaction.messaging;

import fi.servicedesk.redaction.events.MessageCaptured;
import fi.servicedesk.testsupport.KafkaTestBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Sends many message-captured CloudEvents (Kafka binary mode) through one producer, in order, and
 * waits for every ack: records of one key then sit in one partition, normally in one poll, which
 * is what the batch tests need; and one producer is what makes the throughput benchmark's 50,000
 * events quick to send.
 */
final class CapturedEvents {

    static final String TOPIC = "servicedesk.interactions.v1";

    /** One event: its key, CloudEvent id and data (any text, for poison records). */
    record Event(String key, String id, String data) {
    }

    private CapturedEvents() {
    }

    static void send(List<Event> events) {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<String, String>(properties)) {
            var acks = events.stream().map(event -> producer.send(record(event))).toList();
            for (var ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + TOPIC, e);
        }
    }

    private static ProducerRecord<String, String> record(Event event) {
        var record = new ProducerRecord<>(TOPIC, event.key(), event.data());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id());
        header(record, "ce_type", MessageCaptured.TYPE);
        header(record, "ce_source", "urn:test:" + MessageCaptured.TYPE);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
