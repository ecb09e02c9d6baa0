package fi.servicedesk.ingest.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.events.SweepCompleted;
import fi.servicedesk.ingest.events.SweepRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R8.1-R8.3 and R3.1: sweeps delete what expired and is not held, and nothing else. Test data is
 * dated years back (before any other test's data), each test in its own years, so the cut-offs
 * here touch only that test's data.
 */
@QuarkusTest
class RetentionSweepTest {

    private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void sweepOverKafkaDeletesExpiredUnheldContactsAndReportsTheSameWhenRepeated() throws Exception {
        var person = Chats.newPerson();
        var expired = backdate(person.says("conv-" + UUID.randomUUID(), "vanha"), Instant.parse("2010-06-01T00:00:00Z"));
        var held = backdate(person.says("conv-" + UUID.randomUUID(), "pidossa"), Instant.parse("2010-07-01T00:00:00Z"));
        hold(held);
        var sweepId = UUID.randomUUID().toString();
        var request = ContractCatalog.example(SweepRequested.TYPE)
                .replace("9d5e1f7a-6b2c-4d4e-8f5a-7b9c1d3e5f66", sweepId)
                .replaceAll("20\\d\\d-\\d\\d-29T02:00:00Z", "2011-01-01T00:00:00Z");

        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, request);
        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, request);

        var reports = KafkaTestClient.await(Topics.RETENTION_REPORTS, r -> sweepId.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, reports.size());
        ContractCatalog.assertValid(SweepCompleted.TYPE, reports.get(0).value());
        assertEquals(json.readTree(reports.get(0).value()), json.readTree(reports.get(1).value()), "the same sweep reports the same");
        var contacts = json.readValue(reports.get(0).value(), SweepCompleted.class).categories().stream()
                .filter(c -> c.category().equals("contact")).findFirst().orElseThrow();
        assertEquals(1, contacts.held(), "R3.1: the held contact stays");
        assertEquals(0, contacts.expiredUnheld());
        assertEquals(false, exists(expired));
        assertEquals(true, exists(held));
    }

    /** Property: random storage times and holds; afterwards exactly the unexpired or held contacts remain. */
    @Test
    void nothingUnexpiredOrHeldIsDeletedAndNothingExpiredAndUnheldSurvives() throws Exception {
        var random = new Random(Long.getLong("sweep.seed", System.nanoTime()));
        for (int round = 0; round < 3; round++) {
            var expectedToSurvive = new HashMap<UUID, Boolean>();
            var person = Chats.newPerson();
            for (int i = 0; i < 15; i++) {
                var storedAt = CUTOFF.plus(Duration.ofDays(random.nextInt(720) - 360));
                var contact = backdate(person.says("conv-" + UUID.randomUUID(), "viesti " + i), storedAt);
                boolean isHeld = random.nextInt(4) == 0;
                if (isHeld) {
                    hold(contact);
                }
                expectedToSurvive.put(contact, isHeld || !storedAt.isBefore(CUTOFF));
            }
            var sweepId = UUID.randomUUID();
            sweep.run(new SweepRequested(sweepId, CUTOFF, CUTOFF,
                    Map.of("contact", CUTOFF, "message", CUTOFF), java.util.List.of("ingest-service")));

            for (var expectation : expectedToSurvive.entrySet()) {
                assertEquals(expectation.getValue(), exists(expectation.getKey()), "contact " + expectation.getKey());
            }
        }
    }

    @Test
    void aHoldOnASubjectKeepsEveryContactOfItWithItsMessagesAndKey() throws Exception {
        var cutoff = Instant.parse("2009-01-01T00:00:00Z");
        var heldPerson = Chats.newPerson();
        var first = backdate(heldPerson.says("conv-" + UUID.randomUUID(), "ensimmäinen"), Instant.parse("2008-03-01T00:00:00Z"));
        var second = backdate(heldPerson.says("conv-" + UUID.randomUUID(), "toinen"), Instant.parse("2008-04-01T00:00:00Z"));
        var heldSubject = subjectOf(first);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into legal_hold (hold_id, subject_id, reason, placed_at, placed_by)
                        values (:id, :subject, 'dispute', now(), 'dpo-user')""")
                .setParameter("id", UUID.randomUUID()).setParameter("subject", heldSubject).executeUpdate());
        var unheld = backdate(Chats.newPerson().says("conv-" + UUID.randomUUID(), "vapaa"), Instant.parse("2008-05-01T00:00:00Z"));
        var unheldSubject = subjectOf(unheld);

        var report = sweep.run(new SweepRequested(UUID.randomUUID(), cutoff, cutoff,
                Map.of("contact", cutoff, "message", cutoff), java.util.List.of("ingest-service")));

        assertEquals(true, exists(first), "R3.1: every contact of a held subject stays");
        assertEquals(true, exists(second));
        assertEquals(2L, count("select count(*) from message where contact_id in (:a, :b)", Map.of("a", first, "b", second)));
        assertEquals(true, keys.find(heldSubject).isPresent(), "the held subject's key stays");
        assertEquals(false, exists(unheld));
        assertEquals(0L, count("select count(*) from message where contact_id = :a", Map.of("a", unheld)));
        assertEquals(0L, count("select count(*) from subject where id = :a", Map.of("a", unheldSubject)));
        assertEquals(false, keys.find(unheldSubject).isPresent(), "R9.3: a subject left with nothing is shredded");
        var messages = report.categories().stream().filter(c -> c.category().equals("message")).findFirst().orElseThrow();
        assertEquals(2, messages.held(), "both held messages are reported as held");
    }

    /**
     * R8, DESIGN §4: a contact the sweep cannot delete (a trigger refuses it, as a stuck row would)
     * is reported as expired and unheld, not as held, even beside a contact a hold keeps.
     */
    @Test
    void anExpiredRowTheSweepCannotDeleteIsReportedUnheldNotHeld() throws Exception {
        var cutoff = Instant.parse("2007-01-01T00:00:00Z");
        var held = backdate(Chats.newPerson().says("conv-" + UUID.randomUUID(), "pidossa"), Instant.parse("2006-03-01T00:00:00Z"));
        hold(held);
        var stuck = backdate(Chats.newPerson().says("conv-" + UUID.randomUUID(), "jumissa"), Instant.parse("2006-04-01T00:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    create or replace function refuse_stuck_contact() returns trigger language plpgsql as $$
                    begin return null; end $$""").executeUpdate();
            entityManager.createNativeQuery("create trigger stuck_contact before delete on contact for each row"
                    + " when (old.id = '" + stuck + "') execute function refuse_stuck_contact()").executeUpdate();
        });
        try {
            var report = sweep.run(new SweepRequested(UUID.randomUUID(), cutoff, cutoff,
                    Map.of("contact", cutoff), java.util.List.of("ingest-service")));

            assertEquals(true, exists(stuck), "the refused contact is still there");
            var contacts = report.categories().stream().filter(c -> c.category().equals("contact")).findFirst().orElseThrow();
            assertEquals(1, contacts.held(), "R3.1: only the contact under an active hold counts as held");
            assertEquals(1, contacts.expiredUnheld(), "the stuck contact is reported as expired and unheld");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("drop trigger stuck_contact on contact").executeUpdate();
                // Leaves nothing held or expired before the other tests' cut-offs.
                entityManager.createNativeQuery("delete from legal_hold where contact_id = :id").setParameter("id", held).executeUpdate();
                entityManager.createNativeQuery("delete from contact where id in (:a, :b)")
                        .setParameter("a", stuck).setParameter("b", held).executeUpdate();
            });
        }
    }

    @Inject
    RetentionSweep sweep;

    @Inject
    DataKeys keys;

    private UUID subjectOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager
                .createNativeQuery("select subject_id from contact where id = :id")
                .setParameter("id", contactId).getSingleResult());
    }

    private long count(String sql, Map<String, UUID> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private UUID backdate(String conversation, Instant storedAt) {
        var contactId = Chats.contactIdOf(entityManager, conversation);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update contact set stored_at = :at where id = :id")
                    .setParameter("at", storedAt).setParameter("id", contactId).executeUpdate();
            entityManager.createNativeQuery("update message set stored_at = :at where contact_id = :id")
                    .setParameter("at", storedAt).setParameter("id", contactId).executeUpdate();
        });
        return contactId;
    }

    private void hold(UUID contactId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into legal_hold (hold_id, contact_id, reason, placed_at, placed_by)
                        values (:id, :contact, 'dispute', now(), 'dpo-user')""")
                .setParameter("id", UUID.randomUUID()).setParameter("contact", contactId).executeUpdate());
    }

    private boolean exists(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from contact where id = :id")
                .setParameter("id", contactId).getSingleResult()).longValue() == 1);
    }
}
