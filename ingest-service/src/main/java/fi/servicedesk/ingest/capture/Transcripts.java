package fi.servicedesk.ingest.capture;

import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A call's transcript stored as the contact's messages, one per segment in spoken order (R5.5),
 * whether the telephony platform or our transcription subcontractor (R7.1) produced it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Transcripts {

    private final Conversations conversations;

    Transcripts(Conversations conversations) {
        this.conversations = conversations;
    }

    public void append(Contact contact, String language, List<TranscriptSegment> segments) {
        var start = contact.startedAt == null ? contact.storedAt : contact.startedAt;
        segments.stream()
                .sorted(Comparator.comparingLong(TranscriptSegment::startMs))
                .forEach(segment -> conversations.append(contact, new Conversations.NewMessage(null,
                        speaker(segment.speaker()), segment.text(), at(start, segment.startMs()), language)));
    }

    private static Instant at(Instant callStart, long offsetMs) {
        return callStart.plusMillis(offsetMs);
    }

    private static Speaker speaker(TranscriptSegment.Speaker speaker) {
        return switch (speaker) {
            case CALLER -> Speaker.END_USER;
            case AGENT -> Speaker.AGENT;
        };
    }
}
