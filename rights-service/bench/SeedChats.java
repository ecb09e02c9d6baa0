import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds one data subject's chats through ingest's signed chat webhook (Standard Webhooks, as
 * bin/lib/webhooks.sh signs them) for the rights benchmark (#6): <conversations> chats of
 * <per conversation> messages, the subject and an agent in turn. Conversations go in parallel,
 * each one's messages in order. Fails on the first non-2xx.
 *   java SeedChats.java <ingest url> <whsec secret> <run id> <name> <email> <conversations> <per conversation>
 */
public class SeedChats {

    private static final Instant START = Instant.now().minusSeconds(3600);

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0] + "/webhooks/chat");
        var key = Base64.getDecoder().decode(args[1].replaceFirst("^whsec_", ""));
        var run = args[2];
        var name = args[3];
        var email = args[4];
        int conversations = Integer.parseInt(args[5]);
        int perConversation = Integer.parseInt(args[6]);
        var http = HttpClient.newHttpClient();
        var started = System.nanoTime();
        // The subject's first message alone: ingest creates a subject per first contact, and first
        // contacts arriving at once made one subject each (seen here), which no request matches.
        send(http, url, key, message(run, name, email, 0, 0));
        try (var pool = Executors.newFixedThreadPool(4)) {
            var done = new ArrayList<Future<?>>();
            for (int c = 0; c < conversations; c++) {
                int first = c == 0 ? 1 : 0;
                int conversationIndex = c;
                done.add(pool.submit(() -> {
                    for (int m = first; m < perConversation; m++) {
                        send(http, url, key, message(run, name, email, conversationIndex, m));
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        System.out.printf("SEEDED %d messages in %d conversations in %.1f s%n", conversations * perConversation, conversations,
                (System.nanoTime() - started) / 1e9);
    }

    /** Message {@code m} of conversation {@code c}: the subject and an agent in turn, an hour ago, a second apart. */
    private static String message(String run, String name, String email, int c, int m) {
        var conversation = "bench-" + run + "-c" + c;
        var sender = m % 2 == 0
                ? "{\"role\":\"END_USER\",\"name\":\"%s\",\"email\":\"%s\"}".formatted(name, email)
                : "{\"role\":\"AGENT\",\"name\":\"Liisa Tukihenkilö\"}";
        return """
                {"type":"chat.message","conversationId":"%s","messageId":"%s-m%d","sentAt":"%s","sender":%s,"text":"Viesti %d: VPN ei toimi taaskaan, kokeilin jo uudelleenkäynnistystä. Ref %s."}"""
                .formatted(conversation, conversation, m, START.plusSeconds(m), sender, m, run);
    }

    private static void send(HttpClient http, URI url, byte[] key, String body) throws Exception {
        var id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        var signature = Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        var response = http.send(HttpRequest.newBuilder(url)
                .header("content-type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", "v1," + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
        }
    }
}
