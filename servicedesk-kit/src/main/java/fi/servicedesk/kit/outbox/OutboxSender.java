package fi.servicedesk.kit.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.cloudevents.CloudEventHeaders;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox rows to Kafka as CloudEvents (binary mode) with an idempotent producer and
 * acks=all, and tells for each row whether the broker took it. The producer is configured from
 * the service's {@code kafka.*} settings (bootstrap servers, security), as every other client.
 */
@ApplicationScoped
public class OutboxSender {

    private static final TypeReference<Map<String, String>> EXTENSIONS = new TypeReference<>() {
    };

    private final Map<String, Object> kafka;
    private final String source;
    private final ObjectMapper json;
    private KafkaProducer<String, byte[]> producer;

    OutboxSender(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                 @ConfigProperty(name = "quarkus.application.name") String application, ObjectMapper json) {
        this.kafka = kafka;
        this.source = "urn:fi.servicedesk:" + application;
        this.json = json;
    }

    /**
     * Sends every row and waits for all answers; the outcome at index i is row i's (null:
     * acknowledged). A send that fails at once for a passing reason (no metadata while the broker
     * is away) ends the round there, rather than waiting that long again for every row behind it.
     */
    public List<Throwable> send(List<OutgoingEvent> rows, Duration timeout) {
        var pending = new ArrayList<Future<RecordMetadata>>(rows.size());
        var outcomes = new ArrayList<Throwable>(rows.size());
        Throwable stop = null;
        for (var row : rows) {
            if (stop != null) {
                pending.add(null);
                outcomes.add(stop);
                continue;
            }
            Throwable failure;
            try {
                var future = producer().send(record(row));
                pending.add(future);
                failure = future.isDone() ? outcome(future, System.nanoTime()) : null;
            } catch (RuntimeException e) { // refused before sending: serialisation, size, a closed producer
                pending.add(null);
                failure = e;
            }
            outcomes.add(failure);
            if (failure != null && !BrokerRefusals.isPermanent(failure)) {
                stop = failure;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < rows.size(); i++) {
            var future = pending.get(i);
            if (future != null && outcomes.get(i) == null) {
                outcomes.set(i, outcome(future, deadline));
            }
        }
        return outcomes;
    }

    private static Throwable outcome(Future<RecordMetadata> future, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private ProducerRecord<String, byte[]> record(OutgoingEvent outgoing) {
        var row = outgoing.row();
        var record = new ProducerRecord<>(row.topic, null, row.messageKey, outgoing.value());
        CloudEventHeaders.write(record.headers(), row.id.toString(), row.type, source, row.createdAt, row.subject);
        extensions(row).forEach((name, value) -> CloudEventHeaders.put(record.headers(), CloudEventHeaders.PREFIX + name, value));
        return record;
    }

    private Map<String, String> extensions(OutboxEvent row) {
        if (row.extensions == null) {
            return Map.of();
        }
        try {
            return json.readValue(row.extensions, EXTENSIONS);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable extension attributes", e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            var config = new HashMap<>(kafka);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, source.substring(source.lastIndexOf(':') + 1) + "-outbox");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
            config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
