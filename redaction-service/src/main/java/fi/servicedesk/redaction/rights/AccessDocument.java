package fi.servicedesk.redaction.rights;

import fi.servicedesk.redaction.domain.CorpusEntry;

import java.time.Instant;
import java.util.List;

/** contracts/schemas/access-data.redaction-service.schema.json. */
public record AccessDocument(String service, Instant generatedAt, List<Entry> corpusEntries) {

    public record Entry(String conversation, int sequence, String speaker, String language, String channel, String text,
                        Instant storedAt) {

        static Entry of(CorpusEntry e) {
            return new Entry(e.conversation, e.sequence, e.speaker, e.language, e.channel, e.text, e.storedAt);
        }
    }
}
