package fi.servicedesk.ingest.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Makes webhooks idempotent on the sender's message id, inside the transaction of the effect. */
@ApplicationScoped
public class WebhookReceipts {

    private final EntityManager entityManager;

    WebhookReceipts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this source sends this id; a repeat (even a concurrent one) gets false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstReceipt(String source, String webhookId) {
        return entityManager.createNativeQuery(
                        "insert into webhook_receipt (source, webhook_id, received_at) values (:source, :id, :at) on conflict do nothing")
                .setParameter("source", source)
                .setParameter("id", webhookId)
                .setParameter("at", Instant.now())
                .executeUpdate() == 1;
    }
}
