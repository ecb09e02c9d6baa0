import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Drives signed chat webhooks (Standard Webhooks, R6.1) at a running ingest-service and reports
 * throughput and latency; bench/load-chat.sh runs it and checks the database and the topic.
 *
 * <p>Two modes. {@code --rate N}: open loop, one message every 1/N s whatever the answers do;
 * latency counts from the moment a message was due, so a stalled server is not hidden
 * (no coordinated omission). {@code --rate max}: closed loop, {@code --concurrency} senders as
 * fast as answers come, for the sustained throughput.
 *
 * <p>It speaks HTTP/1.1 itself over kept-alive sockets, one request at a time on each, as load
 * generators such as wrk do: the JDK's HttpClient cost about 3 ms of CPU a message, more than the
 * suite spent on it, and the generator shares the two cores with the suite it measures.
 *
 * <p>Arguments: {@code --url --secret --rate --seconds --concurrency --run --bootstrap --topic};
 * prints one summary line of key=value pairs for the script to read. {@code offsets --bootstrap
 * --topic} prints the sum of the topic's end offsets.
 */
public final class LoadChat {

    private static final String[] TEXTS = {
            "Hei, tulostin ei toimi. Sähköpostini on %s ja numeroni %s, soittakaa jos tarvitsette lisätietoja.",
            "Hello, my laptop cannot reach the VPN since this morning. Reach me at %s or %s, thanks.",
            "Salasanan vaihto ei onnistu, tunnukseni on lukittu. Yhteystiedot: %s, %s.",
            "The shared mailbox stopped syncing after the update. Contact: %s / %s.",
    };

    public static void main(String[] args) throws Exception {
        var options = options(args);
        if (args.length > 0 && args[0].equals("offsets")) {
            System.out.println(endOffsets(options.getOrDefault("bootstrap", "127.0.0.1:9092"),
                    options.getOrDefault("topic", "servicedesk.interactions.v1")));
            return;
        }
        var url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8081") + "/webhooks/chat");
        var secret = options.get("secret");
        var seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        var rate = options.getOrDefault("rate", "500");
        var concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
        var run = options.getOrDefault("run", "load-" + System.currentTimeMillis());
        var bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
        var topic = options.getOrDefault("topic", "servicedesk.interactions.v1");

        var sender = new Sender(url, key(secret), run);
        var offsetsBefore = endOffsets(bootstrap, topic);
        var result = "max".equals(rate)
                ? sender.closedLoop(concurrency, Duration.ofSeconds(seconds))
                : sender.openLoop(Integer.parseInt(rate), concurrency, Duration.ofSeconds(seconds));
        System.out.println(result.summary() + " run=" + run + " offsets_before=" + offsetsBefore);
    }

    /** The sum of the topic's end offsets: the script compares it before and after the run. */
    static long endOffsets(String bootstrap, String topic) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            var request = partitions.stream().collect(Collectors.toMap(
                    p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith("whsec_")) {
            throw new IllegalArgumentException("--secret whsec_… is required");
        }
        return Base64.getDecoder().decode(secret.substring("whsec_".length()).split(" ")[0]);
    }

    private static Map<String, String> options(String[] args) {
        var options = new java.util.HashMap<String, String>();
        for (int i = args.length % 2; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    static final class Sender {
        private final Connections connections;
        private final URI url;
        private final byte[] key;
        private final String run;
        private final ThreadLocal<Mac> macs;
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicLong accepted = new AtomicLong();
        private final Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final List<Long> latenciesNanos = java.util.Collections.synchronizedList(new ArrayList<>());

        Sender(URI url, byte[] key, String run) {
            this.url = url;
            this.key = key;
            this.run = run;
            this.connections = new Connections(new InetSocketAddress(url.getHost(), url.getPort()));
            this.macs = ThreadLocal.withInitial(this::newMac);
        }

        Result openLoop(int perSecond, int maxInFlight, Duration duration) throws InterruptedException {
            var interval = 1_000_000_000L / perSecond;
            var total = perSecond * duration.toSeconds();
            var inFlight = new Semaphore(maxInFlight * 8);
            var start = System.nanoTime();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (long i = 0; i < total; i++) {
                    long due = start + i * interval;
                    LockSupport.parkNanos(due - System.nanoTime());
                    inFlight.acquire();
                    threads.execute(() -> {
                        try {
                            sendOne(due);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }
            return result(System.nanoTime() - start);
        }

        Result closedLoop(int senders, Duration duration) throws InterruptedException {
            var start = System.nanoTime();
            var end = start + duration.toNanos();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int s = 0; s < senders; s++) {
                    threads.execute(() -> {
                        while (System.nanoTime() < end) {
                            sendOne(System.nanoTime());
                        }
                    });
                }
                threads.shutdown();
                threads.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
            }
            return result(System.nanoTime() - start);
        }

        private void sendOne(long dueNanos) {
            int n = sequence.getAndIncrement();
            var body = body(n).getBytes(StandardCharsets.UTF_8);
            var id = run + "-msg-" + n;
            var timestamp = Long.toString(Instant.now().getEpochSecond());
            var head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getAuthority()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nwebhook-id: " + id
                    + "\r\nwebhook-timestamp: " + timestamp + "\r\nwebhook-signature: v1," + sign(id, timestamp, body)
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            int status = connections.exchange(head, body);
            latenciesNanos.add(System.nanoTime() - dueNanos);
            if (status / 100 == 2) {
                accepted.incrementAndGet();
            } else {
                failures.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
        }

        /** Ten messages per conversation, each conversation a different end user. */
        private String body(int n) {
            int conversation = n / 10;
            var email = "user" + conversation + "@example.fi";
            var phone = String.format("040 %03d %04d", conversation / 10000 % 1000, conversation % 10000);
            var text = String.format(TEXTS[n % TEXTS.length], email, phone);
            return """
                    {"type":"chat.message","conversationId":"%s-c%d","messageId":"m%d","sentAt":"%s",\
                    "sender":{"role":"END_USER","name":"Load User %d","email":"%s","phone":"%s"},"text":"%s"}"""
                    .formatted(run, conversation, n, Instant.now(), conversation, email, phone, text);
        }

        private String sign(String id, String timestamp, byte[] body) {
            var mac = macs.get();
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        }

        /** A Mac per thread, keyed once: doFinal resets it for the next message. */
        private Mac newMac() {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private Result result(long elapsedNanos) {
            long[] sorted;
            synchronized (latenciesNanos) {
                sorted = latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            return new Result(sequence.get(), accepted.get(), failures, elapsedNanos, sorted);
        }
    }

    /**
     * Kept-alive HTTP/1.1 connections to one server, each used by one request at a time and
     * returned to the idle queue after a complete answer; a failed exchange closes its connection.
     */
    static final class Connections {
        private final InetSocketAddress server;
        private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

        Connections(InetSocketAddress server) {
            this.server = server;
        }

        /** Sends one request and reads its answer; returns the status, or -1 when no answer came. */
        int exchange(byte[] head, byte[] body) {
            var connection = idle.poll();
            try {
                if (connection == null) {
                    connection = new Connection(server);
                }
                int status = connection.exchange(head, body);
                if (connection.reusable) {
                    idle.add(connection);
                } else {
                    connection.close();
                }
                return status;
            } catch (IOException e) {
                if (connection != null) {
                    connection.close();
                }
                return -1;
            }
        }
    }

    /** One socket: writes a request, reads the status line, the headers and the body the headers announce. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean reusable;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 5_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            var request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            var statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            reusable = statusLine.startsWith("HTTP/1.1");
            for (var header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                var name = header.substring(0, colon).trim();
                var value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
                    reusable = false;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                in.transferTo(OutputStream.nullOutputStream());
                reusable = false;
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            in.skipNBytes(bytes);
        }

        /** A header line without its CRLF. */
        private String line() throws IOException {
            var text = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed mid-answer");
                }
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
    }

    record Result(int sent, long accepted, Map<Integer, AtomicInteger> failures, long elapsedNanos, long[] sorted) {

        String summary() {
            double seconds = elapsedNanos / 1e9;
            return String.format(java.util.Locale.ROOT,
                    "sent=%d accepted=%d failures=%s seconds=%.1f throughput=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f",
                    sent, accepted, failed(), seconds, accepted / seconds,
                    percentile(0.50), percentile(0.90), percentile(0.99), percentile(1.0));
        }

        /** Refusals by status ({@code -1}: no answer), without spaces so the script can read them. */
        private String failed() {
            return failures.isEmpty() ? "none" : failures.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        }

        private double percentile(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
