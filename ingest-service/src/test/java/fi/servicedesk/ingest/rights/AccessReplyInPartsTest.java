package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.events.AccessChunk;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An access reply is written a part a transaction (SubjectRequests.writeAccess): the parts written
 * before a crash are committed and relayed without the answer, and the redelivered command writes
 * only the rest, so every part reaches rights once and the answer states them as they were sent.
 */
@QuarkusTest
class AccessReplyInPartsTest {

    private static final CaseReplies CASE = new CaseReplies();

    @Inject
    SubjectRequests requests;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void aCrashBetweenPartsLeavesTheFirstPartsSentAndTheRedeliveredCommandSendsEachPartOnce() throws Exception {
        var caller = Calls.newCaller();
        var first = caller.calls();
        var second = caller.calls();
        var firstWav = Wavs.pcm(600_000, "first " + caller.name());
        var secondWav = Wavs.pcm(600_000, "second " + caller.name());
        SignedWebhook.recording(firstWav).put(Calls.recordingPath(first)).then().statusCode(200);
        SignedWebhook.recording(secondWav).put(Calls.recordingPath(second)).then().statusCode(200);
        var firstContact = Chats.contactIdOf(entityManager, first);
        var secondContact = Chats.contactIdOf(entityManager, second);
        // The recording written last: its part is the one the crash interrupts.
        var last = QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery("""
                        select r.id from recording r join contact c on c.id = r.contact_id
                        where c.id in (:a, :b) order by c.started_at desc, c.stored_at desc, c.id desc limit 1""")
                .setParameter("a", firstContact).setParameter("b", secondContact).getSingleResult());
        var lastPart = "recordings/" + (QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(contact_id as text) from recording where id = :id")
                .setParameter("id", last).getSingleResult())) + ".wav";
        var requestId = UUID.randomUUID().toString();
        var command = CASE.command(requestId, CommandContract.subjectJson(caller.email(), null, caller.e164(), null));
        var request = json.readValue(command, RightsRequested.class);

        // The crash: the last recording cannot be read, so its part's transaction rolls back.
        var chunk = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select data_enc from recording_chunk where recording_id = :id and seq = 0")
                .setParameter("id", last).getSingleResult());
        setChunk(last, new byte[] {1, 2, 3});
        assertThrows(RuntimeException.class, () -> requests.writeAccess(request));
        setChunk(last, chunk);

        var before = KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key()), 1 + 3, Duration.ofSeconds(30));
        assertEquals(4, before.size(), "one chunk of the document, three of the first recording (600 kB in 256 KiB)");
        assertTrue(before.stream().allMatch(r -> AccessChunk.TYPE.equals(KafkaTestClient.header(r, "ce_type"))),
                "no answer yet");
        var firstPart = lastPart.contains(firstContact.toString()) ? secondContact : firstContact;
        assertEquals(List.of("document", "recordings/" + firstPart + ".wav"), before.stream().map(this::part).distinct().toList(),
                "the document and the first recording were committed and relayed before the crash");

        // The redelivery, through the consumer: only the part still missing, then the answer.
        KafkaTestClient.sendCloudEvent("privacy.requests.v1", requestId, UUID.randomUUID().toString(), RightsRequested.ACCESS,
                command);
        var replies = KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key()), 1 + 3 + 3 + 1,
                Duration.ofSeconds(30));
        assertEquals(8, replies.size(), "the four chunks sent before, the last recording's three, the answer");
        var answer = json.readTree(replies.getLast().value());
        assertEquals(RequestAnswered.TYPE, KafkaTestClient.header(replies.getLast(), "ce_type"));
        assertEquals("COMPLETED", answer.get("outcome").asText(), answer.toString());
        var chunks = replies.subList(0, replies.size() - 1);
        var seen = new HashMap<Integer, String>();
        for (var reply : chunks) {
            var index = json.readTree(reply.value()).get("index").asInt();
            assertEquals(null, seen.put(index, part(reply)), "chunk " + index + " sent once");
        }
        assertEquals(answer.at("/accessPackage/chunks").asInt(), chunks.size());
        assertEquals(3, answer.at("/accessPackage/parts").size());
        Map<String, byte[]> parts = CASE.parts(replies);
        for (var described : answer.at("/accessPackage/parts")) {
            var bytes = parts.get(described.get("name").asText());
            assertEquals(described.get("sha256").asText(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), described.toString());
        }
        assertArrayEquals(firstWav, parts.get("recordings/" + firstContact + ".wav"));
        assertArrayEquals(secondWav, parts.get("recordings/" + secondContact + ".wav"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from access_reply_part where request_id = :r").setParameter("r", UUID.fromString(requestId))
                .getSingleResult()).longValue()), "the answered reply's parts are forgotten");
    }

    private String part(ConsumerRecord<String, String> reply) {
        try {
            return json.readTree(reply.value()).get("part").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void setChunk(UUID recordingId, byte[] data) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update recording_chunk set data_enc = :d where recording_id = :id and seq = 0")
                .setParameter("d", data).setParameter("id", recordingId).executeUpdate());
    }
}
