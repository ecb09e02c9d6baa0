package fi.servicedesk.ingest.api.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many rows the register holds, table by table. The outbox is read by its sequence, not its
 * rows: the relay deletes a row once Kafka has it, but a row never written leaves the sequence alone.
 */
public final class StoredRows {

    private static final List<String> TABLES = List.of("subject", "contact", "message", "recording", "recording_chunk",
            "webhook_receipt", "transcription_job");

    private StoredRows() {
    }

    public static Map<String, Long> count(EntityManager entityManager) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var counts = new LinkedHashMap<String, Long>();
            for (var table : TABLES) {
                counts.put(table, number(entityManager, "select count(*) from " + table));
            }
            counts.put("outbox (rows ever written)", number(entityManager,
                    "select case when is_called then last_value else 0 end from outbox_seq_seq"));
            return counts;
        });
    }

    public static long number(EntityManager entityManager, String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
