package fi.servicedesk.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stands in for ingest and redaction: contract-valid replies on privacy.replies.v1, as the owners send them. */
public final class Owners {

    public static final String REPLIES = "privacy.replies.v1";
    public static final String INGEST = "ingest-service";
    public static final String REDACTION = "redaction-service";
    private static final int CHUNK_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Owners() {
    }

    /** The owner's answer without access data; returns the CloudEvent id, so a test can redeliver it. */
    public static String answer(String service, String caseId, String requestType, List<?> removed, List<?> kept, String note) {
        var data = answerData(service, caseId, requestType, "COMPLETED", removed, kept, note, null);
        return send(service, "request-answered", caseId, UUID.randomUUID().toString(), data);
    }

    /** Sends {@code document} in chunks of at most 256 KiB, then the answer with the count and SHA-256 given. */
    public static void access(String service, String caseId, byte[] document, int claimedChunks, String claimedSha256) {
        var chunks = chunks(document);
        var events = new ArrayList<KafkaTestClient.CloudEvent>();
        for (int i = 0; i < chunks.size(); i++) {
            events.add(event(service, "access-chunk", caseId, UUID.randomUUID().toString(), Map.<String, Object>of("requestId", caseId,
                    "service", service, "index", i, "data", Base64.getEncoder().encodeToString(chunks.get(i)))));
        }
        var accessPackage = Map.<String, Object>of("chunks", claimedChunks, "bytes", document.length, "sha256", claimedSha256,
                "contentType", "application/json");
        events.add(event(service, "request-answered", caseId, UUID.randomUUID().toString(),
                answerData(service, caseId, "ACCESS", "COMPLETED", List.of(), List.of(), null, accessPackage)));
        // One producer for the whole reply, as a real owner's outbox relay sends it.
        KafkaTestClient.sendCloudEvents(REPLIES, events);
    }

    public static void access(String service, String caseId, byte[] document) {
        access(service, caseId, document, chunks(document).size(), sha256(document));
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

    private static List<byte[]> chunks(byte[] document) {
        var chunks = new ArrayList<byte[]>();
        for (int from = 0; from < document.length; from += CHUNK_BYTES) {
            chunks.add(Arrays.copyOfRange(document, from, Math.min(document.length, from + CHUNK_BYTES)));
        }
        return chunks;
    }
}
