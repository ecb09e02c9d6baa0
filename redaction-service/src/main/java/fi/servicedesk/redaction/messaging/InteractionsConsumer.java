package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Takes ingest's captured messages into the corpus, a poll's batch at a time: the inbox rows and
 * the corpus entries of the batch commit together (one transaction, batched inserts). A record
 * that cannot be read, or that fails when the batch is retried record by record, goes to the
 * dead-letter topic alone; the rest of the batch is stored and acknowledged. SmallRye's own
 * failure strategy would dead-letter every record of a failed batch, so the batch method never
 * fails: it nacks the bad records itself, which sends each of them through the channel's
 * dead-letter queue.
 */
@ApplicationScoped
public class InteractionsConsumer {

    private final InteractionsBatch batches;
    private final ObjectMapper json;

    InteractionsConsumer(InteractionsBatch batches, ObjectMapper json) {
        this.batches = batches;
        this.json = json;
    }

    @Incoming("interactions")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        var failed = new ArrayList<Failed>();
        var captured = new ArrayList<InteractionsBatch.Captured>(batch.getRecords().size());
        for (var record : batch.getRecords()) {
            try {
                captured.add(read(record));
            } catch (JsonProcessingException | RuntimeException e) {
                failed.add(new Failed(record, e));
            }
        }
        try {
            batches.apply(captured);
        } catch (RuntimeException e) {
            // One record spoiled the batch's transaction: apply them one by one, so that only it is dead-lettered.
            // The class only: a database message may quote the values of a row.
            Log.warnf("batch of %d failed (%s), applying its records one by one", captured.size(), e.getClass().getName());
            for (var one : captured) {
                try {
                    batches.apply(List.of(one));
                } catch (RuntimeException single) {
                    failed.add(new Failed(one.source(), single));
                }
            }
        }
        return deadLetter(failed).thenCompose(done -> batch.ack());
    }

    private InteractionsBatch.Captured read(KafkaRecord<String, String> record) throws JsonProcessingException {
        var consumed = record.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord();
        @SuppressWarnings("unchecked")
        var event = IncomingEvent.of((org.apache.kafka.clients.consumer.ConsumerRecord<String, String>) consumed);
        var message = MessageCaptured.TYPE.equals(event.type()) ? json.readValue(event.data(), MessageCaptured.class) : null;
        return new InteractionsBatch.Captured(record, event, message);
    }

    private static CompletionStage<Void> deadLetter(List<Failed> failed) {
        var sent = failed.stream()
                .map(f -> f.record().nack(f.cause()).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(sent);
    }

    private record Failed(KafkaRecord<String, String> record, Throwable cause) {
    }
}
