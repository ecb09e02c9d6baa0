package fi.servicedesk.rights.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.testsupport.ContractCatalog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Owners' access documents as contracts/schemas/access-data.*.schema.json describe them, checked against them. */
public final class AccessDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2026-11-20T08:15:02Z";

    private AccessDocuments() {
    }

    /** One chat contact with {@code messages} messages, plus one call per recording. */
    public static byte[] ingest(String email, int messages, List<byte[]> recordings) {
        var doc = JSON.createObjectNode().put("service", "ingest-service").put("generatedAt", AT);
        doc.putArray("subjects").addObject().put("id", UUID.randomUUID().toString()).put("name", "Maija Testinen")
                .put("email", email).putNull("username").put("phone", "+358401234567").put("storedAt", AT);
        var contacts = doc.putArray("contacts");
        var chat = contact(contacts.addObject(), "CHAT");
        var lines = chat.putArray("messages");
        for (int i = 0; i < messages; i++) {
            lines.addObject().put("seq", i).put("speaker", i % 2 == 0 ? "END_USER" : "AGENT")
                    .put("text", "Viesti " + i + ": VPN ei toimi, sähköpostini on " + email).put("at", AT).put("storedAt", AT);
        }
        chat.putNull("recording");
        for (int i = 0; i < recordings.size(); i++) {
            var call = contact(contacts.addObject(), "PHONE");
            call.putArray("messages").addObject().put("seq", 0).put("speaker", "END_USER")
                    .put("text", "Transkripti " + i).put("at", AT).put("storedAt", AT);
            var audio = recordings.get(i);
            call.putObject("recording").put("file", file(i)).put("contentType", "audio/wav")
                    .put("bytes", audio.length).put("sha256", Owners.sha256(audio)).put("storedAt", AT);
        }
        doc.putArray("transfers").addObject().put("at", AT).put("recipient", "Speech-to-text subcontractor")
                .put("what", "call audio without caller identity").put("purpose", "A").putNull("contactId");
        doc.putArray("accessLog").addObject().put("at", AT).put("who", "dispute-handler-user")
                .put("reason", "Dispute DSP-7").putNull("contactId");
        return checked("access-data.ingest-service", doc);
    }

    /** The recordings as the reply's parts, named as {@link #ingest} names them. */
    public static Map<String, byte[]> recordingParts(List<byte[]> recordings) {
        var parts = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < recordings.size(); i++) {
            parts.put(file(i), recordings.get(i));
        }
        return parts;
    }

    private static String file(int i) {
        return "recordings/call-" + i + ".wav";
    }

    public static byte[] redaction(int entries) {
        var doc = JSON.createObjectNode().put("service", "redaction-service").put("generatedAt", AT);
        var corpus = doc.putArray("corpusEntries");
        for (int i = 0; i < entries; i++) {
            corpus.addObject().put("conversation", "c0nv3rsat10n").put("sequence", i).put("speaker", "END_USER")
                    .putNull("language").put("channel", "CHAT").put("text", "VPN ei toimi, [EMAIL_1]").put("storedAt", AT);
        }
        return checked("access-data.redaction-service", doc);
    }

    private static ObjectNode contact(ObjectNode contact, String channel) {
        contact.put("id", UUID.randomUUID().toString()).put("channel", channel).put("externalId", "ext-" + UUID.randomUUID())
                .put("startedAt", AT).put("endedAt", AT).put("agentName", "Agentti").put("purpose", "A+B")
                .put("storedAt", AT).putArray("heldBy");
        return contact;
    }

    private static byte[] checked(String schema, ObjectNode doc) {
        var json = doc.toString();
        ContractCatalog.assertValid(schema, json);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
