package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.domain.CorpusEntry;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads the corpus for export in bounded pages, each in its own short transaction, so an export
 * of any size holds at most one page in memory and no transaction open while the client reads.
 */
@ApplicationScoped
public class CorpusExport {

    static final int PAGE = 500;

    private final CorpusEntryRepository entries;

    CorpusExport(CorpusEntryRepository entries) {
        this.entries = entries;
    }

    /** The cursor of the last entry an export of {@code limit} entries after {@code since} will give. */
    public OptionalLong lastCursor(long since, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entries.lastIdOfPage(since, limit));
    }

    /** Hands every entry after {@code since}, up to {@code limit}, to {@code sink}, in cursor order. */
    public void forEach(long since, int limit, Consumer<CorpusEntry> sink) {
        long cursor = since;
        int left = limit;
        while (left > 0) {
            long after = cursor;
            int size = Math.min(PAGE, left);
            List<CorpusEntry> page = QuarkusTransaction.requiringNew().call(() -> entries.pageAfter(after, size));
            page.forEach(sink);
            if (page.size() < size) {
                return;
            }
            cursor = page.getLast().id;
            left -= page.size();
        }
    }
}
