package fi.servicedesk.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.replies.ReplyWriter;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Stands in for ingest and redaction: contract-valid replies on privacy.replies.v1, as the owners send them. */
public final class Owners {

    public static final String REPLIES = "privacy.replies.v1";
    public static final String REQUESTS = "privacy.requests.v1";
    public static final String INGEST = "ingest-service";
    public static final String REDACTION = "redaction-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Owners() {
    }

    /** The owner's answer without access data; returns the CloudEvent id, so a test can redeliver it. */
    public static String answer(String service, String caseId, String requestType, List<?> removed, List<?> kept, String note) {
        var data = answerData(service, caseId, requestType, "COMPLETED", removed, kept, note, null);
        return send(service, "request-answered", caseId, UUID.randomUUID().toString(), data);
    }

    /**
     * Sends the reply as the owner does: the document, then each recording, as chunks encrypted to
     * the case's key from its command on privacy.requests.v1 (attempt {@code attempt}), then the
     * answer; {@code claim} may change what the answer says of the parts, to send a wrong one.
     */
    public static void access(String service, String caseId, int attempt, byte[] document, Map<String, byte[]> recordings,
                              UnaryOperator<Map<String, Object>> claim) {
        access(service, caseId, attempt, document, recordings, claim, 1);
    }

    /**
     * An owner's access reply: its parts' chunks {@code writes} times over (a command redelivered
     * after a crash writes its parts again: the same parts and indexes, fresh ciphertext and event
     * ids), then the answer.
     */
    public static void access(String service, String caseId, int attempt, byte[] document, Map<String, byte[]> recordings,
                              UnaryOperator<Map<String, Object>> claim, int writes) {
        var events = new ArrayList<KafkaTestClient.CloudEvent>();
        ReplyWriter reply = null;
        for (int write = 0; write < writes; write++) {
            reply = new ReplyWriter(caseKey(caseId, attempt), UUID.fromString(caseId), service, attempt,
                    (part, index, data) -> events.add(event(service, "access-chunk", caseId, UUID.randomUUID().toString(),
                            Map.<String, Object>of("requestId", caseId, "service", service, "attempt", attempt, "part", part,
                                    "index", index, "data", data))));
            reply.part("document", "application/json", new ByteArrayInputStream(document));
            var writer = reply;
            recordings.forEach((file, audio) -> writer.part(file, "audio/wav", new ByteArrayInputStream(audio)));
        }
        var accessPackage = new HashMap<String, Object>(Map.of("chunks", reply.chunks(), "parts", reply.parts().stream()
                .map(p -> Map.<String, Object>of("name", p.name(), "chunks", p.chunks(), "bytes", p.bytes(), "sha256", p.sha256(),
                        "contentType", p.contentType())).toList()));
        var data = answerData(service, caseId, "ACCESS", "COMPLETED", List.of(), List.of(), null, claim.apply(accessPackage));
        data.put("attempt", attempt);
        events.add(event(service, "request-answered", caseId, UUID.randomUUID().toString(), data));
        // One producer for the whole reply, as a real owner's outbox relay sends it.
        KafkaTestClient.sendCloudEvents(REPLIES, events);
    }

    public static void access(String service, String caseId, byte[] document, Map<String, byte[]> recordings) {
        access(service, caseId, 1, document, recordings, UnaryOperator.identity());
    }

    public static void access(String service, String caseId, byte[] document) {
        access(service, caseId, document, Map.of());
    }

    /** The public key in the case's command for {@code attempt}, as an owner reads it. */
    public static String caseKey(String caseId, int attempt) {
        var commands = KafkaTestClient.await(REQUESTS, r -> caseId.equals(r.key()) && r.value().contains("\"attempt\":" + attempt),
                1, Duration.ofSeconds(30));
        if (commands.isEmpty()) {
            throw new AssertionError("No command of attempt " + attempt + " for case " + caseId);
        }
        try {
            return JSON.readTree(commands.getFirst().value()).at("/reply/publicKey").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one CloudEvent of {@code service}, checked against its contract first. */
    public static String send(String service, String event, String caseId, String eventId, Map<String, Object> data) {
        KafkaTestClient.sendCloudEvents(REPLIES, List.of(event(service, event, caseId, eventId, data)));
        return eventId;
    }

    private static KafkaTestClient.CloudEvent event(String service, String event, String caseId, String eventId,
                                                    Map<String, Object> data) {
        var type = "fi.servicedesk." + service.replace("-service", "") + "." + event + ".v1";
        var json = write(data);
        ContractCatalog.assertValid(type, json);
        return new KafkaTestClient.CloudEvent(caseId, eventId, type, json);
    }

    public static Map<String, Object> answerData(String service, String caseId, String requestType, String outcome,
                                                 List<?> removed, List<?> kept,
                                                 String note, Map<String, Object> accessPackage) {
        var data = new HashMap<String, Object>();
        data.put("requestId", caseId);
        data.put("requestType", requestType);
        data.put("service", service);
        data.put("attempt", 1);
        data.put("answeredAt", Instant.now().toString());
        data.put("outcome", outcome);
        data.put("removed", removed);
        data.put("kept", kept);
        data.put("note", note);
        data.put("accessPackage", accessPackage);
        return data;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
