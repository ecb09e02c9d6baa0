package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.config.KitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Makes webhooks idempotent on the sender's message id, inside the transaction of the effect. */
@ApplicationScoped
public class WebhookReceipts {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration window;

    WebhookReceipts(EntityManager entityManager, Clock clock, KitConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.window = config.deduplicationWindow();
    }

    /** True the first time this source sends this id; a repeat (even a concurrent one) gets false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstReceipt(WebhookSource source, String webhookId) {
        return entityManager.createNativeQuery(
                        "insert into webhook_receipt (source, webhook_id, received_at) values (:source, :id, :at) on conflict do nothing")
                .setParameter("source", source.name().toLowerCase(Locale.ROOT))
                .setParameter("id", webhookId)
                .setParameter("at", clock.instant())
                .executeUpdate() == 1;
    }

    /** Forgets receipts older than the de-duplication window (longer than any sender retries); returns how many. */
    @Transactional
    public int prune() {
        return entityManager.createNativeQuery("delete from webhook_receipt where received_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(window))
                .executeUpdate();
    }
}
