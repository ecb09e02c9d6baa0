package fi.servicedesk.ingest.transcription;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for the speech-to-text subcontractor: it records every request
 * exactly as it arrived (method, URI, headers, body) and answers 202, or the status a test asks
 * for a job token. Points ingest's transcription client at itself.
 */
public class FakeSubcontractor implements QuarkusTestResourceLifecycleManager {

    static final String BEARER_TOKEN = "test-subcontractor-token";
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> STATUS_BY_TOKEN = new ConcurrentHashMap<>();
    private HttpServer server;

    public record Received(String method, String uri, Map<String, List<String>> headers, byte[] body) {
        /** Everything that arrived, as text, to look for identifiers anywhere in the request. */
        String everything() {
            return method + " " + uri + "\n" + headers + "\n" + new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    static List<Received> receivedFor(String token) {
        return RECEIVED.stream().filter(r -> r.uri().contains(token)).toList();
    }

    static void answer(String token, int status) {
        STATUS_BY_TOKEN.put(token, status);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of(
                "ingest.transcription.enabled", "true",
                "ingest.transcription.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/stt/v1",
                "ingest.transcription.recipient", "Example Speech Ltd (test)",
                "ingest.transcription.bearer-token", BEARER_TOKEN,
                "ingest.transcription.dispatch-every", "off",
                "ingest.transcription.max-attempts", "3",
                "ingest.transcription.backoff", "0.2S");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
            var uri = exchange.getRequestURI().toString();
            RECEIVED.add(new Received(exchange.getRequestMethod(), uri, headers, body));
            int status = STATUS_BY_TOKEN.entrySet().stream().filter(e -> uri.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(202);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
