package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.kit.inbox.IncomingEvent;
import fi.servicedesk.redaction.corpus.CorpusIntake;
import fi.servicedesk.redaction.corpus.InteractionsBatch;
import fi.servicedesk.redaction.events.MessageCaptured;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Takes ingest's captured messages into the corpus, a poll's batch at a time: the inbox rows and
 * the corpus entries of the batch commit together (one transaction, batched inserts). When the
 * batch fails, or a record cannot be read, those records are applied one by one as every other
 * consumer applies a record (the kit's Deliveries: retried while the failure passes, dead-lettered
 * alone when it never will), and the batch is acknowledged once all of it is stored.
 */
@ApplicationScoped
public class InteractionsConsumer {

    static final String CHANNEL = "interactions";

    private final InteractionsBatch batches;
    private final Deliveries deliveries;
    private final CorpusIntake intake;
    private final ObjectMapper json;

    InteractionsConsumer(InteractionsBatch batches, Deliveries deliveries, CorpusIntake intake, ObjectMapper json) {
        this.batches = batches;
        this.deliveries = deliveries;
        this.intake = intake;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        var oneByOne = new ArrayList<ConsumerRecord<String, String>>();
        var captured = new ArrayList<InteractionsBatch.Captured>(batch.getRecords().size());
        for (var record : batch.getRecords()) {
            var consumed = consumed(record);
            try {
                var event = IncomingEvent.of(consumed);
                captured.add(new InteractionsBatch.Captured(consumed, event, message(event)));
            } catch (JsonProcessingException | RuntimeException e) {
                oneByOne.add(consumed);
            }
        }
        try {
            batches.apply(captured);
        } catch (RuntimeException e) {
            // The class only: a database message may quote the values of a row.
            Log.warnf("batch of %d failed (%s), applying its records one by one", captured.size(), e.getClass().getName());
            captured.forEach(c -> oneByOne.add(c.source()));
        }
        for (var record : oneByOne) {
            deliveries.apply(CHANNEL, record, event -> {
                var message = message(event);
                if (message != null) {
                    intake.addAll(List.of(message));
                }
            });
        }
        return batch.ack();
    }

    private MessageCaptured message(IncomingEvent event) throws JsonProcessingException {
        return MessageCaptured.TYPE.equals(event.type()) ? json.readValue(event.data(), MessageCaptured.class) : null;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumed(KafkaRecord<String, String> record) {
        return (ConsumerRecord<String, String>) record.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord();
    }
}
