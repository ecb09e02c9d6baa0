package fi.servicedesk.redaction.retention;

import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.redaction.domain.CorpusErasure;
import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.SweepCompleted;
import fi.servicedesk.redaction.events.SweepRequested;
import fi.servicedesk.redaction.events.Topics;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * R8.2: corpus entries are kept 12 months from when they were stored. Deletes what is older than
 * the sweep's {@code corpus} cut-off, in batches, and reports; the corpus has no purpose-A data,
 * so nothing is ever held. A sweep id is carried out once, however often it is delivered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RetentionSweep {

    static final String CATEGORY = "corpus";

    private final CorpusErasure erasure;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock;

    RetentionSweep(CorpusErasure erasure, Outbox outbox, Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void sweep(SweepRequested request) {
        var cutoff = request.cutoffs() == null ? null : request.cutoffs().get(CATEGORY);
        if (cutoff == null || !erasure.firstTimeOf(request.sweepId())) {
            return;
        }
        long deleted = erasure.deleteStoredBefore(cutoff);
        erasure.deleteOrphans();
        inbox.prune();
        Log.infof("Sweep %s deleted %d corpus entries stored before %s", request.sweepId(), deleted, cutoff);
        var category = new SweepCompleted.Category(CATEGORY, cutoff, deleted, 0,
                erasure.countStoredBefore(cutoff), erasure.oldestStoredAt().orElse(null));
        outbox.publish(Topics.RETENTION_REPORTS, request.sweepId().toString(), SweepCompleted.TYPE,
                new SweepCompleted(request.sweepId(), RequestAnswered.SERVICE, Instant.now(clock), List.of(category)));
    }
}
