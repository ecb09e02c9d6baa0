package fi.servicedesk.ingest.telephony;

import fi.servicedesk.ingest.api.webhooks.SignedWebhook;

import java.util.UUID;

/** Test data: a caller with unique identifiers whose calls arrive through the signed telephony webhook. */
public record Calls(String name, String email, String username, String digits) {

    public static Calls newCaller() {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var digits = String.valueOf(1000000 + Math.floorMod(unique.hashCode(), 8999999));
        return new Calls("Maija Soittaja-" + unique, "maija." + unique + "@example.com", "ms" + unique, digits);
    }

    public String e164() {
        return "+35840" + digits;
    }

    /** The number as people write it: national prefix, dashes and spaces. */
    public String writtenOddly() {
        return "040-" + digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5);
    }

    /** Reports a completed call from this caller and returns its call id. */
    public String calls() {
        var callId = "call-" + UUID.randomUUID();
        SignedWebhook.telephony(completed(callId)).post("/webhooks/telephony").then().statusCode(200);
        return callId;
    }

    public static String recordingPath(String callId) {
        return "/webhooks/telephony/calls/" + callId + "/recording";
    }

    public String completed(String callId) {
        return """
                {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 310 1000",
                 "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:04:30Z",
                 "caller":{"name":"%s","email":"%s","username":"%s"},"agent":{"id":"agent-17","name":"Aino Agentti"}}"""
                .formatted(callId, writtenOddly(), name, email, username);
    }
}
