package fi.servicedesk.ingest.crypto;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R9.3 with the key memory of the write path: a remembered key serves reads without the keys
 * database, yet once an erasure (or a merge, or a sweep) has committed the key's destruction this
 * replica never uses it again, well before the memory's time-to-live, and neither when the key
 * reconciler finishes a destruction a crash interrupted; an erasure that rolled back leaves it usable.
 */
@QuarkusTest
class KeyMemoryInvalidationTest {

    @Inject
    DataKeys keys;

    @Inject
    KeyShredding shredding;

    @Inject
    EntityManager entityManager;

    @Inject
    @DataSource("keys")
    AgroalDataSource keysDb;

    @Test
    void aRememberedKeyIsForgottenWhenItsErasureCommits() throws SQLException {
        var subject = rememberedOnly();

        QuarkusTransaction.requiringNew().run(() -> shredding.afterCommit(KeyShredding.Work.ERASURE, List.of(subject)));

        assertTrue(keys.find(subject).isEmpty(), "after the erasure's commit the key is gone at once");
        assertThrows(UndecryptableException.class, () -> keys.of(subject));
    }

    @Test
    void aRememberedKeyStaysWhenItsErasureRollsBack() {
        var subject = UUID.randomUUID();
        keys.create(subject);

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            shredding.afterCommit(KeyShredding.Work.ERASURE, List.of(subject));
            throw new IllegalStateException("the erasure fails before its commit");
        }));

        assertTrue(keys.find(subject).isPresent(), "a rolled-back erasure destroys nothing");
    }

    @Test
    void theReconcilerFinishingADestructionForgetsTheRememberedKey() throws SQLException {
        var subject = rememberedOnly();
        // What a crash right after the erasure's commit leaves: the request row, the key not yet destroyed.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into key_destruction (subject_id, requested_at) values (:id, now())")
                .setParameter("id", subject).executeUpdate());

        shredding.finishPending(10_000);

        assertTrue(keys.find(subject).isEmpty(), "finishing the destruction forgets the key at once");
    }

    /** A subject whose key this replica remembers while the keys database no longer holds it. */
    private UUID rememberedOnly() throws SQLException {
        var subject = UUID.randomUUID();
        keys.create(subject);
        deleteBehindTheMemorysBack(subject);
        assertTrue(keys.find(subject).isPresent(), "the key is served from memory, without the keys database");
        return subject;
    }

    private void deleteBehindTheMemorysBack(UUID subject) throws SQLException {
        try (var connection = keysDb.getConnection();
             var delete = connection.prepareStatement("delete from data_key where subject_id = ?")) {
            delete.setObject(1, subject);
            delete.executeUpdate();
        }
    }
}
