package fi.servicedesk.redaction.corpus;

import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.inbox.IncomingEvent;
import fi.servicedesk.redaction.events.MessageCaptured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;

/** One transaction for a batch of consumed interactions: inbox dedupe and the corpus entries together (DESIGN §3). */
@ApplicationScoped
public class InteractionsBatch {

    /** A consumed record, its CloudEvent, and the captured message when it is one. */
    public record Captured(ConsumerRecord<String, String> source, IncomingEvent event, MessageCaptured message) {
    }

    private final Inbox inbox;
    private final CorpusIntake intake;

    InteractionsBatch(Inbox inbox, CorpusIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    /** Stores the messages of the events seen for the first time; a redelivered event changes nothing. */
    @Transactional
    public void apply(List<Captured> batch) {
        var first = inbox.firstDeliveries(batch.stream().map(Captured::event).toList());
        var messages = new ArrayList<MessageCaptured>(batch.size());
        for (var captured : batch) {
            // remove(): an event twice in one batch is applied once.
            if (first.remove(captured.event().id()) && captured.message() != null) {
                messages.add(captured.message());
            }
        }
        if (!messages.isEmpty()) {
            intake.addAll(messages);
        }
    }
}
