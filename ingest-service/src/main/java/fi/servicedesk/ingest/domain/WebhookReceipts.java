package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.config.KitConfig;
import fi.servicedesk.kit.time.TimestampParameters;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Makes webhooks idempotent on the sender's message id, inside the transaction of the effect. */
@Singleton
public class WebhookReceipts {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration window;

    WebhookReceipts(EntityManager entityManager, Clock clock, KitConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.window = config.deduplicationWindow();
    }

    /** A receipt's insert, which a repeated webhook-id leaves undone; parameters by {@link #bind}. */
    static final String INSERT =
            "insert into webhook_receipt (source, webhook_id, received_at) values (?, ?, ?) on conflict do nothing";

    /** True the first time this source sends this id; a repeat (even a concurrent one) gets false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstReceipt(WebhookSource source, String webhookId) {
        // Plain SQL on the session's connection: a native query would first flush the whole session.
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var insert = connection.prepareStatement(INSERT)) {
                bind(insert, 1, source, webhookId);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Binds {@link #INSERT}'s parameters from {@code first} on; returns the index after them. */
    int bind(PreparedStatement statement, int first, WebhookSource source, String webhookId) throws SQLException {
        statement.setString(first, source.name().toLowerCase(Locale.ROOT));
        statement.setString(first + 1, webhookId);
        TimestampParameters.bind(statement, first + 2, clock.instant());
        return first + 3;
    }

    /** Forgets receipts older than the de-duplication window (longer than any sender retries); returns how many. */
    @Transactional
    public int prune() {
        return entityManager.createNativeQuery("delete from webhook_receipt where received_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(window))
                .executeUpdate();
    }
}
