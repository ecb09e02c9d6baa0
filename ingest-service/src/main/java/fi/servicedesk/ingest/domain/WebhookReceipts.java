package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.config.KitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
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
        // Plain SQL on the session's connection: a native query would first flush the whole session.
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into webhook_receipt (source, webhook_id, received_at) values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, source.name().toLowerCase(Locale.ROOT));
                insert.setString(2, webhookId);
                insert.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Forgets receipts older than the de-duplication window (longer than any sender retries); returns how many. */
    @Transactional
    public int prune() {
        return entityManager.createNativeQuery("delete from webhook_receipt where received_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(window))
                .executeUpdate();
    }
}
