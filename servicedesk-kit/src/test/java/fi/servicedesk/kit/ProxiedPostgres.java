package fi.servicedesk.kit;

import fi.servicedesk.testsupport.PausableTcpProxy;
import fi.servicedesk.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URI;
import java.util.Map;

/** The kit's test database, reached through a proxy that a test can cut to make the database unreachable. */
public class ProxiedPostgres implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "kit_test";
    private static PausableTcpProxy proxy;

    public static PausableTcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        PostgresTestDatabase.ensureExists(DATABASE);
        var server = URI.create(PostgresTestDatabase.jdbcUrl(DATABASE).substring("jdbc:".length()));
        proxy = new PausableTcpProxy(server.getHost(), server.getPort());
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath(),
                "quarkus.datasource.username", PostgresTestDatabase.user(),
                "quarkus.datasource.password", PostgresTestDatabase.password());
    }

    @Override
    public void stop() {
        proxy.close();
    }
}
