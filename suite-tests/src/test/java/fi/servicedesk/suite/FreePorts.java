package fi.servicedesk.suite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the services the suite starts. A port the kernel hands out for {@code bind(0)} lies
 * in its ephemeral range, the same range it takes every outgoing connection's local port from: in
 * the moment between choosing such a port and the service binding it, a Kafka or database client
 * can take it. Ports below that range are never given to outgoing connections.
 */
final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 15_000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port nothing listens on now, below the ephemeral range and not handed out before. */
    static synchronized int outsideEphemeralRange() throws IOException {
        int below = ephemeralRangeStart();
        var random = ThreadLocalRandom.current();
        for (int tries = 0; tries < 1_000; tries++) {
            int port = random.nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IOException("No free port between " + LOWEST + " and " + below);
    }

    /** The first port of the kernel's ephemeral range; 32768, Linux's default, where it cannot be read. */
    private static int ephemeralRangeStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return Math.max(start, LOWEST + 1_000);
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
