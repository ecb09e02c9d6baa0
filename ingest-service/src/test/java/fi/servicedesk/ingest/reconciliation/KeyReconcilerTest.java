package fi.servicedesk.ingest.reconciliation;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.ingest.domain.SubjectRepository;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R9.3 in one JVM: what a crash between the data database and the keys database leaves, written
 * here directly, is finished or undone by the reconciler. The same steps with a real kill -9 are
 * proven in suite-tests (KeyDestructionCrashTest).
 */
@QuarkusTest
class KeyReconcilerTest {

    @Inject
    KeyReconciler reconciler;

    @Inject
    DataKeys keys;

    @Inject
    SubjectRegistry registry;

    @Inject
    SubjectRepository subjects;

    @Inject
    EntityManager entityManager;

    @Inject
    @DataSource("keys")
    AgroalDataSource keysDb;

    @Test
    void aKeyOutlivesADeletionThatRollsBack() {
        var subjectId = subjectOf(Chats.newPerson().says("conv-" + UUID.randomUUID(), "Näyttö pimeänä"));

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            forget(subjectId);
            throw new IllegalStateException("the erasure fails before its commit");
        }));

        assertTrue(keys.existing(List.of(subjectId)).contains(subjectId), "no key goes before its data's deletion commits");
        assertEquals(1, count("select count(*) from subject where id = ?1", subjectId));
        assertEquals(0, count("select count(*) from key_destruction where subject_id = ?1", subjectId));
    }

    @Test
    void aKeyGoesAsSoonAsItsDatasDeletionCommits() {
        var subjectId = subjectOf(Chats.newPerson().says("conv-" + UUID.randomUUID(), "Hiiri ei liiku"));
        assertTrue(keys.find(subjectId).isPresent(), "the key is remembered before the erasure");

        QuarkusTransaction.requiringNew().run(() -> forget(subjectId));

        assertTrue(keys.existing(List.of(subjectId)).isEmpty());
        assertTrue(keys.find(subjectId).isEmpty(), "the unwrapped key is forgotten at once");
    }

    @Test
    void anErasureThatCommittedWithoutDestroyingItsKeyIsFinished() {
        var subjectId = subjectOf(Chats.newPerson().says("conv-" + UUID.randomUUID(), "Tulostin jumissa"));
        // What a crash right after the data's commit leaves: the deletion and its request, the key untouched.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from contact where subject_id = :id").setParameter("id", subjectId).executeUpdate();
            entityManager.createNativeQuery("delete from subject where id = :id").setParameter("id", subjectId).executeUpdate();
            entityManager.createNativeQuery("insert into key_destruction (subject_id, requested_at) values (:id, now())")
                    .setParameter("id", subjectId).executeUpdate();
        });

        var reconciled = reconciler.reconcile();

        assertTrue(reconciled.destructionsFinished() >= 1);
        assertTrue(keys.find(subjectId).isEmpty(), "R9.3: the key is destroyed");
        assertEquals(0, count("select count(*) from key_destruction where subject_id = ?1", subjectId));
    }

    @Test
    void aKeyWhoseSubjectNeverCommittedIsDestroyedOnceOlderThanAnyTransaction() throws SQLException {
        var orphan = UUID.randomUUID();
        var young = UUID.randomUUID();
        keys.create(orphan);
        keys.create(young);
        makeKeyOlder(orphan, "2 hours");

        reconciler.reconcile();

        assertTrue(keys.existing(List.of(orphan)).isEmpty(), "an orphan key older than the grace is destroyed");
        assertTrue(keys.existing(List.of(young)).contains(young), "a key whose subject may still be committing stays");
        keys.destroyAll(List.of(young));
    }

    @Test
    void rowsWhoseKeyIsGoneArePurgedAndThePersonCanWriteAgain() {
        var person = Chats.newPerson();
        var conversation = person.says("conv-" + UUID.randomUUID(), "VPN katkeilee");
        var subjectId = subjectOf(conversation);
        keys.destroyAll(List.of(subjectId)); // a key lost while its rows stayed

        var reconciled = reconciler.reconcile();

        assertTrue(reconciled.keylessSubjectsPurged() >= 1);
        assertEquals(0, count("select count(*) from subject where id = ?1", subjectId));
        assertEquals(0, count("select count(*) from contact where subject_id = ?1", subjectId));
        var again = person.says("conv-" + UUID.randomUUID(), "Nyt toimii taas?");
        assertEquals(1, count("select count(*) from message m join contact c on c.id = m.contact_id where c.external_id = ?1", again));
    }

    private void forget(UUID subjectId) {
        entityManager.createNativeQuery("delete from contact where subject_id = :id").setParameter("id", subjectId).executeUpdate();
        registry.forget(subjects.findById(subjectId), KeyShredding.Work.ERASURE);
    }

    private UUID subjectOf(String conversation) {
        var contactId = Chats.contactIdOf(entityManager, conversation);
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.id = :id", UUID.class)
                .setParameter("id", contactId).getSingleResult());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private void makeKeyOlder(UUID subjectId, String by) throws SQLException {
        try (var connection = keysDb.getConnection();
             var update = connection.prepareStatement("update data_key set created_at = created_at - cast(? as interval) where subject_id = ?")) {
            update.setString(1, by);
            update.setObject(2, subjectId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
