package fi.servicedesk.suite;

import fi.servicedesk.testsupport.KafkaTestBroker;
import fi.servicedesk.testsupport.OidcTestKeys;
import fi.servicedesk.testsupport.PostgresTestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four services as their built jars, each in its own JVM and its own fresh database, on one
 * in-JVM Kafka broker, verifying tokens with the test key pair: the suite as it runs for real.
 * Started once per test JVM and stopped when it exits.
 */
final class RunningSuite {

    static final String[] SERVICES = {"ingest", "redaction", "retention", "rights"};
    private static RunningSuite instance;

    final Map<String, String> secrets = new HashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("suite-tests/target/suite-logs");
    private String bootstrap;

    static synchronized RunningSuite get() {
        if (instance == null) {
            var suite = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
            suite.start();
            // Kept only once every service is ready: a suite that failed to start is not handed to the next test class.
            instance = suite;
        }
        return instance;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The number of rows {@code sql} counts in the service's own database, as its owner sees it. */
    long count(String service, String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(service + "_e2e"),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count in " + service + ": " + sql, e);
        }
    }

    /** The service process's peak resident set so far (Linux VmHWM), in MiB; -1 where /proc does not tell. */
    long peakRssMiB(String service) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(processes.get(service).pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    String log(String service) {
        try {
            return Files.readString(logs.resolve(service + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void start() {
        var random = new SecureRandom();
        for (var name : new String[]{"CHAT", "TELEPHONY", "TRANSCRIPTION"}) {
            secrets.put("INGEST_WEBHOOK_SECRET_" + name, "whsec_" + randomKey(random));
        }
        secrets.put("INGEST_MASTER_KEYS", "1:" + randomKey(random));
        secrets.put("SERVICEDESK_MATCHING_KEY", randomKey(random));
        secrets.put("REDACTION_PSEUDONYM_KEY", randomKey(random));
        secrets.put("RIGHTS_MASTER_KEY", randomKey(random));
        bootstrap = KafkaTestBroker.bootstrapServers();
        try {
            Files.createDirectories(logs);
            for (var service : SERVICES) {
                Files.deleteIfExists(logs.resolve(service + ".log"));
                freshDatabase(service + "_e2e");
                if (service.equals("ingest")) {
                    freshDatabase("ingest_keys_e2e");
                }
                launchOnFreePorts(service);
            }
            for (var service : SERVICES) {
                awaitReadyOrRelaunch(service);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the service again on the same ports and databases, with {@code properties} as system
     * properties (e.g. a test-only halt step); returns once it is ready. A process still running is
     * stopped first, gracefully, so its Kafka consumers leave their groups at once.
     */
    synchronized void restart(String service, Map<String, String> properties) {
        processes.get(service).destroy();
        awaitExit(service, Duration.ofSeconds(30));
        try {
            processes.put(service, launch(service, properties));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        awaitReady(service);
    }

    /** Waits for the service's process to end by itself; returns its exit code. */
    int awaitExit(String service, Duration timeout) {
        try {
            var process = processes.get(service);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(service + " is still running after " + timeout + ":\n" + tail(log(service)));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids {@code sql} selects in a database of the suite ({@code ingest_e2e}, {@code ingest_keys_e2e}, …). */
    Set<UUID> ids(String database, String sql) {
        var ids = new HashSet<UUID>();
        try (var connection = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(database),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             var statement = connection.prepareStatement(sql);
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + database + ": " + sql, e);
        }
        return ids;
    }

    /**
     * No ingest key without its subject row, no subject row without its key, and no key whose
     * data's deletion committed (a request whose key went at once stays until the key reconciler's
     * next period, as bookkeeping only).
     */
    void assertIngestKeysAndSubjectsInStep() {
        var keys = ids("ingest_keys_e2e", "select subject_id from data_key");
        var subjects = ids("ingest_e2e", "select id from subject");
        assertEquals(subjects, keys, "keys and subject rows");
        var pending = ids("ingest_e2e", "select subject_id from key_destruction");
        assertTrue(pending.stream().noneMatch(keys::contains), "no key left whose data's deletion committed");
    }

    private void launchOnFreePorts(String service) throws IOException {
        ports.put(service, FreePorts.outsideEphemeralRange());
        managementPorts.put(service, FreePorts.outsideEphemeralRange());
        processes.put(service, launch(service, Map.of()));
    }

    /**
     * A port free when chosen can be taken before the service binds it (by another test's
     * listener); a service that exits for that reason is started again on other ports, a few times.
     */
    private void awaitReadyOrRelaunch(String service) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                awaitReady(service);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3 || processes.get(service).isAlive() || !log(service).contains("Address already in use")) {
                    throw e;
                }
                Files.move(logs.resolve(service + ".log"), logs.resolve(service + ".port-taken-" + attempt + ".log"),
                        StandardCopyOption.REPLACE_EXISTING);
                launchOnFreePorts(service);
            }
        }
    }

    private Process launch(String service, Map<String, String> properties) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        // The local suite's heap (bin/lib/common.sh SUITE_JAVA_OPTS): what a test proves here holds there.
        var command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.profile=local"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        var env = builder.environment();
        env.putAll(secrets);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPorts.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresTestDatabase.jdbcUrl(service + "_e2e"));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresTestDatabase.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresTestDatabase.password());
        if (service.equals("ingest")) {
            env.put("QUARKUS_DATASOURCE_KEYS_JDBC_URL", PostgresTestDatabase.jdbcUrl("ingest_keys_e2e"));
            env.put("QUARKUS_DATASOURCE_KEYS_USERNAME", PostgresTestDatabase.user());
            env.put("QUARKUS_DATASOURCE_KEYS_PASSWORD", PostgresTestDatabase.password());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(OidcTestKeys.keyPair().getPublic().getEncoded()));
        env.put("OIDC_ISSUER", OidcTestKeys.ISSUER);
        env.put("RETENTION_ALLOW_FUTURE_AS_OF", "true");
        return builder.start();
    }

    private void awaitReady(String service) {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service + " exited while starting:\n" + tail(log(service)));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPorts.get(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(service + " did not become ready:\n" + tail(log(service)));
    }

    private synchronized void stop() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(p -> {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void freshDatabase(String name) {
        var database = PostgresTestDatabase.name(name);
        try (var connection = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl("postgres"),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make database " + name, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        var key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
