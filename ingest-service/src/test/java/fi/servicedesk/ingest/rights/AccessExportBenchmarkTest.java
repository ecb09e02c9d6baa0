package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.capture.Conversations;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #6: how long ingest takes to answer an access request for a subject with 10,000 chat
 * messages (100 chats of 100, as rights-service/bench seeds them) — the document alone, the whole
 * answer in its transaction (document, JSON, chunks into the outbox), and over Kafka from sending
 * the request to the relay sending the answer (its record's timestamp), after every chunk. Prints its figures (docs/ingest-service.md); no timed assertions. Run with
 * {@code ./mvnw -B -o test -pl ingest-service -Dtest=AccessExportBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AccessExportBenchmarkTest {

    private static final CaseReplies CASE = new CaseReplies();

    private static final int CHATS = 100;
    private static final int PER_CHAT = 100;
    private static final int ROUNDS = 5;

    @Inject
    Conversations conversations;

    @Inject
    SubjectRegistry registry;

    @Inject
    AccessExport export;

    @Inject
    SubjectRequests requests;

    @Inject
    ObjectMapper json;

    @Test
    void accessOfASubjectWithTenThousandMessages() throws Exception {
        var person = Chats.newPerson();
        var identifiers = Identifiers.normalised(person.name(), person.email(), person.username(), person.phone());
        long seeding = System.nanoTime();
        for (int c = 0; c < CHATS; c++) {
            var conversation = "bench-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                var contact = conversations.open(Channel.CHAT, conversation);
                conversations.identify(contact, identifiers);
                for (int m = 0; m < PER_CHAT; m++) {
                    conversations.append(contact, new Conversations.NewMessage(conversation + "-m" + m,
                            m % 2 == 0 ? Speaker.END_USER : Speaker.AGENT,
                            "Viesti " + m + ": VPN ei toimi taaskaan, kokeilin jo uudelleenkäynnistystä.",
                            Instant.parse("2026-11-20T08:00:00Z").plusSeconds(m), null));
                }
            });
        }
        System.out.printf("BENCH seeded %d messages in %.1f s%n", CHATS * PER_CHAT, (System.nanoTime() - seeding) / 1e9);

        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            var out = new java.io.ByteArrayOutputStream();
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    export.write(registry.matching(registry.hashesOf(identifiers)), out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long written = System.nanoTime();
            assertEquals(CHATS, json.readValue(out.toByteArray(), AccessDocument.class).contacts().size());
            System.out.printf("BENCH round %d: document written as a stream %d ms (%d bytes)%n", round,
                    (written - started) / 1_000_000, out.size());
        }
        for (int round = 0; round < ROUNDS; round++) {
            var requestId = UUID.randomUUID();
            var request = json.readValue(CASE.command(requestId.toString(), person.subjectJson()), RightsRequested.class);
            long started = System.nanoTime();
            var written = requests.writeAccess(request);
            QuarkusTransaction.requiringNew().run(() -> requests.access(request, written));
            System.out.printf("BENCH round %d: whole answer into the outbox, a part a transaction, %d ms%n", round, (System.nanoTime() - started) / 1_000_000);
        }
        for (int round = 0; round < ROUNDS; round++) {
            var requestId = UUID.randomUUID().toString();
            long sentAt = System.currentTimeMillis();
            KafkaTestClient.sendCloudEvent("privacy.requests.v1", requestId, UUID.randomUUID().toString(), RightsRequested.ACCESS,
                    CASE.command(requestId, person.subjectJson()));
            var replies = KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key())
                    && r.value().contains("\"outcome\""), 1, Duration.ofSeconds(120));
            assertEquals(1, replies.size());
            // the answer's producer timestamp: when ingest's relay sent it, not when this test got round to reading it
            System.out.printf("BENCH round %d: over Kafka, request sent to answer relayed %d ms%n", round,
                    replies.getFirst().timestamp() - sentAt);
        }
    }
}
