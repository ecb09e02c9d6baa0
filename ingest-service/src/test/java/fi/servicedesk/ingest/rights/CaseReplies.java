package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.events.AccessChunk;
import fi.servicedesk.kit.replies.ReplyCipher;
import fi.servicedesk.testsupport.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stands in for rights-service's side of a case: its key pair, the commands it sends, and the replies opened with it. */
public final class CaseReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair pair = ReplyCipher.newKeyPair();

    /** A rights command's data for {@code subject} (matching hashes, JSON), first attempt, for every owner. */
    public String command(String requestId, String subject) {
        return command(requestId, subject, 1, null);
    }

    public String command(String requestId, String subject, int attempt, String owner) {
        return """
                {"requestId":"%s","subject":%s,"requestedAt":"2026-11-25T10:00:00Z","reply":%s}""".formatted(requestId, subject,
                reply(attempt, owner));
    }

    /** A command's {@code reply}: this case's public key, the attempt, and the one owner asked again (null: all). */
    public String reply(int attempt, String owner) {
        return """
                {"publicKey":"%s","attempt":%d,"owner":%s}""".formatted(ReplyCipher.encode(pair.getPublic()), attempt,
                owner == null ? "null" : "\"" + owner + "\"");
    }

    /** Each part of the reply's chunks, decrypted and joined, in the order they came. */
    public Map<String, byte[]> parts(List<ConsumerRecord<String, String>> replies) {
        var parts = new LinkedHashMap<String, ByteArrayOutputStream>();
        for (var reply : replies) {
            if (!AccessChunk.TYPE.equals(KafkaTestClient.header(reply, "ce_type"))) {
                continue;
            }
            var chunk = read(reply.value());
            var part = chunk.get("part").asText();
            parts.computeIfAbsent(part, p -> new ByteArrayOutputStream()).writeBytes(ReplyCipher.decrypt(pair.getPrivate(),
                    pair.getPublic(), ReplyCipher.aad(UUID.fromString(chunk.get("requestId").asText()), chunk.get("service").asText(),
                            chunk.get("attempt").asInt(), part, chunk.get("index").asInt()),
                    Base64.getDecoder().decode(chunk.get("data").asText())));
        }
        var joined = new LinkedHashMap<String, byte[]>();
        parts.forEach((name, bytes) -> joined.put(name, bytes.toByteArray()));
        return joined;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
