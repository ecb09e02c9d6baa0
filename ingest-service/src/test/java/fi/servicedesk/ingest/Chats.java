package fi.servicedesk.ingest;

import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.CommandContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** Test data: a person with unique identifiers who chats through the signed webhook. */
public record Chats(String name, String email, String username, String phone) {

    public static Chats newPerson() {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var digits = String.valueOf(1000000 + Math.floorMod(unique.hashCode(), 8999999));
        return new Chats("Matti Testi-" + unique, "matti." + unique + "@example.com", "mt" + unique, "+35840" + digits);
    }

    /** Sends one end-user message in the conversation and returns the conversation id. */
    public String says(String conversation, String text) {
        SignedWebhook.chat("""
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"%s","email":"%s","username":"%s","phone":"%s"},"text":"%s"}"""
                .formatted(conversation, UUID.randomUUID(), name, email, username, phone, text))
                .post("/webhooks/chat").then().statusCode(200);
        return conversation;
    }

    /** The person as a rights command names them: matching hashes of name, e-mail and phone (contracts/README.md). */
    public String subjectJson() {
        return CommandContract.subjectJson(email, null, phone, name);
    }

    public static UUID contactIdOf(EntityManager entityManager, String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.id from Contact c where c.externalId = :x", UUID.class)
                .setParameter("x", conversation).getResultStream().findFirst().orElse(null));
    }
}
