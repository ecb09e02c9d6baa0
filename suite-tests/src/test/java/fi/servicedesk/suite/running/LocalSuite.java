package fi.servicedesk.suite.running;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The running local suite (bin/suite up) as a test drives it: its commands ({@code kill},
 * {@code restart}, {@code token}), its services' URLs and its databases.
 */
final class LocalSuite {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, Integer> PORTS = Map.of("ingest", 8081, "redaction", 8082, "retention", 8083, "rights", 8084);

    private LocalSuite() {
    }

    /** Runs {@code bin/suite <arguments>} with these extra environment variables; its output goes to the test's. */
    static void run(Map<String, String> environment, String... arguments) {
        var command = new java.util.ArrayList<>(List.of(ROOT.resolve("bin/suite").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().putAll(environment);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("bin/suite " + String.join(" ", arguments) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void run(String... arguments) {
        run(Map.of(), arguments);
    }

    /** A bearer token of {@code bin/suite token} (Keycloak's, or the local key's with SUITE_OIDC=local). */
    static String token(String role, String service) {
        var builder = new ProcessBuilder(ROOT.resolve("bin/suite").toString(), "token", "--role", role, "--for", service)
                .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            var process = builder.start();
            var token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException("bin/suite token --role " + role + " --for " + service + " failed");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String url(String service) {
        var fromEnvironment = System.getenv("SUITE_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL");
        return fromEnvironment != null ? fromEnvironment : "http://127.0.0.1:" + PORTS.get(service);
    }

    /** True while the service's management interface answers its readiness check with 200. */
    static boolean ready(String service) {
        var uri = URI.create("http://127.0.0.1:" + (PORTS.get(service) + 1000) + "/q/health/ready");
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids (first column) that {@code sql} selects in the suite's database {@code database} (e.g. ingest_keys). */
    static Set<UUID> ids(String database, String sql) {
        var ids = new HashSet<UUID>();
        try (var connection = connect(database);
             var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + database + ": " + sql, e);
        }
        return ids;
    }

    /** bin/lib/db.sh's names: the service's database with SUITE_DB_SUFFIX, on PGHOST:PGPORT as PGUSER. */
    private static java.sql.Connection connect(String database) throws SQLException {
        var env = System.getenv();
        var url = "jdbc:postgresql://" + env.getOrDefault("PGHOST", "127.0.0.1") + ":" + env.getOrDefault("PGPORT", "5432")
                + "/" + database + env.getOrDefault("SUITE_DB_SUFFIX", "");
        return DriverManager.getConnection(url, env.getOrDefault("PGUSER", "postgres"), env.getOrDefault("PGPASSWORD", "postgres"));
    }
}
