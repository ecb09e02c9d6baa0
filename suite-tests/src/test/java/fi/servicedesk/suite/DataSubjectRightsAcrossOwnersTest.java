package fi.servicedesk.suite;

import fi.servicedesk.testsupport.ClearText;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole register at work (R10.1–R10.3, R3.1, R4.1, DESIGN §5): a subject's chat and call go
 * in through signed webhooks, and the DPO's access, rectification, hold and erasure requests are
 * carried out by every owner over Kafka, proven through each service's own API.
 */
class DataSubjectRightsAcrossOwnersTest {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
    }

    @Test
    void accessRectificationHoldAndErasureReachEveryOwner() throws IOException {
        var person = Person.unique();
        var conversation = "conv-" + UUID.randomUUID();
        var callId = "call-" + UUID.randomUUID();
        chat(conversation, person, "Hei, VPN ei toimi. Sähköpostini on " + person.email + " ja numero " + person.phoneWritten);
        var audio = Webhooks.wavWithMetadata(4000);
        call(callId, person, audio);

        awaitCorpusMentions("VPN ei toimi");

        // R10.1: access gathers every owner's data, recordings included.
        var access = completedCase("ACCESS", person.identifiers(), null);
        var files = unzip(given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + access + "/package")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray());
        var data = new String(files.get("data.json"), StandardCharsets.UTF_8);
        assertTrue(data.contains("VPN ei toimi"), "chat text in the package");
        assertTrue(data.contains("VPN ei toimi") && data.contains("[EMAIL_"), "corpus entries in the package");
        var recording = files.entrySet().stream().filter(e -> e.getKey().startsWith("recordings/")).findFirst().orElseThrow();
        assertArrayEquals(audio, recording.getValue(), "recording bytes match what was stored");
        var report = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Tietosuojavaltuutettu"), "R10.4: the right to complain");

        // R10.2: rectification — the new e-mail is found, the old is not.
        var newEmail = "uusi." + person.email;
        completedCase("RECTIFICATION", Map.of("email", person.email), Map.of("field", "email", "newValue", newEmail));
        assertEquals(2, lookup("email", newEmail).size(), "both contacts found by the new address");
        assertEquals(0, lookup("email", person.email).size(), "none by the old one");

        // R3.1: a held contact survives erasure, and the answer says so.
        var callContact = lookup("phone", person.phoneWritten).stream()
                .filter(c -> "PHONE".equals(c.get("channel"))).findFirst().orElseThrow().get("id");
        given().auth().oauth2(dpo()).contentType("application/json")
                .body(Map.of("contactId", callContact, "reason", "Dispute about the call"))
                .post(suite.url("rights") + "/api/v1/holds").then().statusCode(201);
        // No waiting for ingest to read the hold event: the erasure names the hold (issue 12, finding 4).
        var erasure = completedCase("ERASURE", Map.of("email", newEmail, "phone", person.phoneWritten), null);
        var owners = given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + erasure)
                .then().statusCode(200).extract().jsonPath().getList("owners", Map.class);
        assertEquals(2, owners.size());
        assertTrue(owners.stream().allMatch(o -> "ANSWERED".equals(o.get("status"))), owners.toString());

        var left = lookup("phone", person.phoneWritten);
        assertEquals(1, left.size(), "only the held call remains");
        assertEquals(callContact, left.getFirst().get("id"));
        assertFalse(exportText().contains("VPN ei toimi"), "the subject's corpus entries are gone");
    }

    /**
     * Issue 12, findings 2-4 and its done-when (R3.1, R10.3, R9.3): a person known by e-mail in a chat
     * and by phone in a call, held by both identifiers, keeps both through an erasure sent at once
     * after the hold; once the hold is lifted a second erasure leaves nothing and the earlier access
     * package is gone. Then none of the person's identifiers, nor the hold's reason that names them,
     * is in clear in any file of any service's database, in any WAL segment, on privacy.requests.v1,
     * privacy.replies.v1 or a dead-letter topic (one of which got a captured message with them that
     * redaction could not take).
     */
    @Test
    void aHoldByEmailAndPhoneKeepsAChatAndACallThroughErasureUntilLiftedAndNothingStaysInClear() {
        try (var wal = ClearText.keepWal()) {
            var person = Person.unique();
            var marker = "viite " + UUID.randomUUID().toString().substring(0, 13);
            var conversation = "conv-" + UUID.randomUUID();
            var callId = "call-" + UUID.randomUUID();
            Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), """
                    {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                     "sender":{"role":"END_USER","email":"%s","name":"%s","username":"%s"},"text":"Laskussa on virhe, %s"}"""
                    .formatted(conversation, UUID.randomUUID(), person.email, person.name, person.username, marker))
                    .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);
            Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_TELEPHONY"), """
                    {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 123 4567","startedAt":"2026-11-20T09:00:00Z",
                     "endedAt":"2026-11-20T09:05:00Z","caller":{"name":"%s"},"agent":{"id":"a-7","name":"Liisa Agentti"}}"""
                    .formatted(callId, person.phoneWritten, person.name))
                    .post(suite.url("ingest") + "/webhooks/telephony").then().statusCode(200);
            // A captured message that redaction can never apply: its dead letter carries the person.
            var poison = UUID.randomUUID().toString();
            KafkaTestClient.sendCloudEvent("servicedesk.interactions.v1", "not-a-contact", poison,
                    "fi.servicedesk.ingest.message-captured.v1", """
                            {"contactId":"not-a-uuid","text":"%s, %s, %s","sender":{"email":"%s"}}"""
                            .formatted(person.name, person.email, person.phoneWritten, person.email));
            assertEquals(1, lookup("email", person.email).size());
            assertEquals(1, lookup("phone", person.phoneWritten).size(), "two subjects: nothing links the call to the chat");
            var both = Map.of("email", person.email, "phone", person.phoneWritten);

            var access = completedCase("ACCESS", both, null);
            given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + access + "/package")
                    .then().statusCode(200);
            var hold = given().auth().oauth2(dpo()).contentType("application/json")
                    .body(Map.of("subject", both, "reason", "Dispute DSP-12: " + person.name + " contests a bill"))
                    .post(suite.url("rights") + "/api/v1/holds").then().statusCode(201).extract().path("id").toString();
            completedCase("ERASURE", both, null);
            assertEquals(1, lookup("email", person.email).size(), "R3.1: the chat by e-mail is held");
            assertEquals(1, lookup("phone", person.phoneWritten).size(), "R3.1: and so is the call by phone");

            given().auth().oauth2(dpo()).delete(suite.url("rights") + "/api/v1/holds/" + hold).then().statusCode(200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    suite.count("ingest", "select count(*) from legal_hold where hold_id = ?", UUID.fromString(hold)) == 0);
            completedCase("ERASURE", both, null);
            assertEquals(0, lookup("email", person.email).size(), "once lifted, the erasure leaves nothing");
            assertEquals(0, lookup("phone", person.phoneWritten).size());
            given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + access + "/package")
                    .then().statusCode(410);
            assertEquals(1, KafkaTestClient.await("servicedesk.dlq.redaction-service",
                    r -> poison.equals(KafkaTestClient.header(r, "ce_deadletterid")), 1, Duration.ofSeconds(30)).size(), "dead-lettered");

            var identifiers = person.clearForms();
            var found = new ArrayList<String>();
            for (var database : List.of("ingest_e2e", "ingest_keys_e2e", "redaction_e2e", "retention_e2e", "rights_e2e")) {
                // The de-identified corpus keeps a message's other words by design (R3.2): the marker is
                // looked for where the message is the person's.
                var values = new ArrayList<>(identifiers);
                if (!database.startsWith("redaction")) {
                    values.add(marker);
                }
                found.addAll(ClearText.inDatabase(database, values));
            }
            found.addAll(ClearText.inWal(identifiers));
            var markerToo = new ArrayList<>(identifiers);
            markerToo.add(marker);
            for (var topic : List.of("privacy.requests.v1", "privacy.replies.v1", "servicedesk.dlq.ingest-service",
                    "servicedesk.dlq.redaction-service", "servicedesk.dlq.retention-service", "servicedesk.dlq.rights-service")) {
                found.addAll(ClearText.inTopic(topic, markerToo));
            }
            assertEquals(List.of(), found, "the person in clear after their erasure");
        }
    }

    private void chat(String conversation, Person person, String text) {
        var body = """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"%s","email":"%s","username":"%s","phone":"%s"},"text":"%s"}"""
                .formatted(conversation, UUID.randomUUID(), person.name, person.email, person.username, person.phoneWritten, text);
        Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), body)
                .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);
    }

    private void call(String callId, Person person, byte[] audio) {
        var secret = suite.secrets.get("INGEST_WEBHOOK_SECRET_TELEPHONY");
        Webhooks.json(secret, """
                {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 123 4567","startedAt":"2026-11-20T09:00:00Z",
                 "endedAt":"2026-11-20T09:05:00Z","caller":{"name":"%s","email":"%s","username":"%s"},
                 "agent":{"id":"a-7","name":"Liisa Agentti"}}""".formatted(callId, person.phoneWritten, person.name, person.email, person.username))
                .post(suite.url("ingest") + "/webhooks/telephony").then().statusCode(200);
        Webhooks.signed(secret, "audio/wav", audio)
                .put(suite.url("ingest") + "/webhooks/telephony/calls/" + callId + "/recording").then().statusCode(200);
        Webhooks.json(secret, """
                {"type":"transcript.completed","callId":"%s","language":"fi","segments":[
                 {"speaker":"CALLER","startMs":0,"endMs":3000,"text":"Hei, tulostin ei tulosta."},
                 {"speaker":"AGENT","startMs":3000,"endMs":6000,"text":"Katsotaan asiaa."}]}""".formatted(callId))
                .post(suite.url("ingest") + "/webhooks/telephony").then().statusCode(200);
    }

    /** Creates, verifies every identifier (R10.5), executes and waits for a case to complete. */
    private String completedCase(String type, Map<String, String> subject, Map<String, String> rectification) {
        var body = new HashMap<String, Object>(Map.of("type", type, "subject", subject, "channel", "email"));
        if (rectification != null) {
            body.put("rectification", rectification);
        }
        var id = given().auth().oauth2(dpo()).contentType("application/json").body(body)
                .post(suite.url("rights") + "/api/v1/requests").then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(dpo()).contentType("application/json")
                .body(Map.of("verified", List.copyOf(subject.keySet()), "method", "ID_DOCUMENT", "note", "passport seen"))
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/verification").then().statusCode(200);
        // Without a content type RestAssured would send a form's, which the JSON API refuses (415).
        given().auth().oauth2(dpo()).contentType("application/json")
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/execute").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var status = caseOf(id).path("status");
            return "COMPLETED".equals(status);
        });
        return id;
    }

    private Response caseOf(String id) {
        return given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + id);
    }

    private List<Map<String, Object>> lookup(String identifier, String value) {
        return given().auth().oauth2(TestTokens.forRole("dispute-handler")).contentType("application/json")
                .body(Map.of(identifier, value, "reason", "suite test"))
                .post(suite.url("ingest") + "/api/v1/contacts/search")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private void awaitCorpusMentions(String text) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> exportText().contains(text));
    }

    private String exportText() {
        return given().auth().oauth2(TestTokens.forRole("bot-developer"))
                .get(suite.url("redaction") + "/api/v1/corpus/export?limit=10000").then().statusCode(200).extract().asString();
    }

    private static String dpo() {
        return TestTokens.forRole("dpo");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** A subject of one's own, so tests never share data: name, e-mail and user name unique to the run. */
    record Person(String name, String email, String username, String phoneWritten) {
        static Person unique() {
            var random = new java.security.SecureRandom();
            var n = random.nextInt(10_000_000);
            var letters = new StringBuilder();
            random.ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
            return new Person("Matti Virta" + letters, "matti.v" + letters + n + "@example.com", "mv" + letters + n,
                    "040 " + String.format("%07d", n).substring(0, 3) + " " + String.format("%07d", n).substring(3));
        }

        /** Each identifier as it may be written: the phone as given, in digits only and in E.164; the name's unique part. */
        List<String> clearForms() {
            var digits = phoneWritten.replace(" ", "");
            return List.of(email, username, name.substring(name.indexOf(' ') + 1), phoneWritten, digits, "+358" + digits.substring(1));
        }

        Map<String, String> identifiers() {
            return Map.of("name", name, "email", email, "phone", phoneWritten);
        }
    }
}
