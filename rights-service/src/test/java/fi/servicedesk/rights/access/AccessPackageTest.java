package fi.servicedesk.rights.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipInputStream;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R10.1: the access package of a completed ACCESS request — data.json, recordings, report.html. */
@QuarkusTest
class AccessPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void packageHoldsEveryOwnersDataWithRecordingsAsFilesAndTheBilingualReport() throws IOException {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var email = Dpo.get(id).getString("subject.email");
        var audio = new byte[300_000];
        new Random(7).nextBytes(audio);
        Owners.access(Owners.INGEST, id, AccessDocuments.ingest(email, 3, List.of(audio)),
                AccessDocuments.recordingParts(List.of(audio)));
        Owners.access(Owners.REDACTION, id, AccessDocuments.redaction(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));

        var response = dpo().get("/api/v1/requests/{id}/package", id).then().statusCode(200)
                .contentType("application/zip").extract();
        assertTrue(response.header("Content-Disposition").contains("access-" + id + ".zip"));
        var files = unzip(response.asByteArray());

        assertArrayEquals(audio, files.get("recordings/call-0.wav"), "recording bytes match");
        var data = JSON.readTree(files.get("data.json"));
        var ingest = data.path("owners").path("ingest-service");
        assertEquals(email, ingest.path("subjects").get(0).path("email").asText());
        assertEquals(3, ingest.path("contacts").get(0).path("messages").size());
        var recording = ingest.path("contacts").get(1).path("recording");
        assertEquals("recordings/call-0.wav", recording.path("file").asText());
        assertFalse(recording.has("data"), "the recording is a file, not base64 inside data.json");
        assertEquals(2, data.path("owners").path("redaction-service").path("corpusEntries").size());
        assertEquals("Example Service Desk Oy", data.path("controller").path("name").asText());

        var report = new String(files.get("report.html"), StandardCharsets.UTF_8);
        for (var expected : List.of("Example Service Desk Oy", "privacy@example.com", "dpo@example.com",
                "Tietosuojavaltuutettu", "Data Protection Ombudsman", "oikeutettu etu", "legitimate interest",
                "Purposes", "Käsittelyn tarkoitukset", "Retention periods", "12 months", "3 months",
                "Speech-to-text subcontractor", "Siirtoloki", "Viesti 2: VPN ei toimi", email, "[EMAIL_1]")) {
            assertTrue(report.contains(expected), "report.html names " + expected);
        }
        assertTrue(Dpo.get(id).getList("history.action").contains("PACKAGE_DELIVERED"), "R9.2: the read is logged");
    }

    /**
     * An owner writes its reply a part a transaction; a command redelivered after a crash writes its
     * parts again under the same attempt (fresh ciphertext, fresh event ids). Each chunk is stored
     * once per (case, owner, attempt, index), so the package holds each part once and the check of
     * the answer's digests passes.
     */
    @Test
    void chunksWrittenTwiceAreStoredOnceAndThePackageHoldsEachPartOnce() throws IOException {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var email = Dpo.get(id).getString("subject.email");
        var audio = new byte[600_000];
        new Random(11).nextBytes(audio);
        Owners.access(Owners.INGEST, id, 1, AccessDocuments.ingest(email, 3, List.of(audio)),
                AccessDocuments.recordingParts(List.of(audio)), UnaryOperator.identity(), 2);
        Owners.access(Owners.REDACTION, id, AccessDocuments.redaction(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));

        assertEquals(1 + 3, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from access_chunk where case_id = :c and service = :s")
                .setParameter("c", UUID.fromString(id)).setParameter("s", Owners.INGEST).getSingleResult()).intValue()),
                "the document's chunk and the recording's three, once each");
        var files = unzip(dpo().get("/api/v1/requests/{id}/package", id).then().statusCode(200).extract().asByteArray());
        assertArrayEquals(audio, files.get("recordings/call-0.wav"), "the recording once, byte for byte");
        var ingest = JSON.readTree(files.get("data.json")).path("owners").path("ingest-service");
        assertEquals(email, ingest.path("subjects").get(0).path("email").asText());
        assertEquals(3, ingest.path("contacts").get(0).path("messages").size());
    }

    @Test
    void ownerTextCannotInjectMarkupIntoTheReport() throws IOException {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        Owners.access(Owners.INGEST, id, AccessDocuments.ingest("<script>alert(1)</script>@example.com", 1, List.of()));
        Owners.access(Owners.REDACTION, id, AccessDocuments.redaction(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));

        var report = new String(unzip(dpo().get("/api/v1/requests/{id}/package", id).then().statusCode(200)
                .extract().asByteArray()).get("report.html"), StandardCharsets.UTF_8);
        assertFalse(report.contains("<script>"));
        assertTrue(report.contains("&lt;script&gt;"));
    }

    @Test
    void packageIsAConflictUntilTheAccessRequestIsCompletedAndForOtherTypes() {
        var executing = Dpo.executing("ACCESS", Dpo.subject());
        dpo().get("/api/v1/requests/{id}/package", executing).then().statusCode(409).contentType("application/problem+json");

        var erasure = Dpo.executing("ERASURE", Dpo.subject());
        Owners.answer(Owners.INGEST, erasure, "ERASURE", List.of(), List.of(), null);
        Owners.answer(Owners.REDACTION, erasure, "ERASURE", List.of(), List.of(), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Dpo.get(erasure).getString("status")));
        dpo().get("/api/v1/requests/{id}/package", erasure).then().statusCode(409);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static JsonNode read(byte[] json) throws IOException {
        return JSON.readTree(json);
    }
}
