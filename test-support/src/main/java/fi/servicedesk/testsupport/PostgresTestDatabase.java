package fi.servicedesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service at its own test database on the real PostgreSQL and creates it when missing.
 * Init args: {@code database} (e.g. {@code ingest_test}) for the default datasource, and any
 * {@code datasource.<name>} (e.g. {@code datasource.keys=ingest_keys_test}) for named ones.
 * The server comes from PGHOST / PGPORT / PGUSER / PGPASSWORD, defaulting to 127.0.0.1:5432 postgres.
 * {@code SUITE_TEST_DB_SUFFIX} is appended to every test database's name, so that two checkouts
 * can run their tests on one server at once without cleaning each other's schemas.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private final Map<String, String> databases = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        initArgs.forEach((key, value) -> {
            if (key.equals("database")) {
                databases.put("quarkus.datasource.", value);
            } else if (key.startsWith("datasource.")) {
                databases.put("quarkus.datasource." + key.substring("datasource.".length()) + ".", value);
            }
        });
    }

    @Override
    public Map<String, String> start() {
        var config = new HashMap<String, String>();
        databases.forEach((prefix, database) -> {
            ensureExists(database);
            config.put(prefix + "jdbc.url", jdbcUrl(database));
            config.put(prefix + "username", user());
            config.put(prefix + "password", password());
        });
        return config;
    }

    @Override
    public void stop() {
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + name(database);
    }

    /** The database's name on the server: the administrative database as it is, a test database with the suffix. */
    public static String name(String database) {
        return database.equals("postgres") ? database : database + env("SUITE_TEST_DB_SUFFIX", "");
    }

    public static String user() {
        return env("PGUSER", "postgres");
    }

    public static String password() {
        return env("PGPASSWORD", "postgres");
    }

    public static void ensureExists(String base) {
        var database = name(base);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel build
                throw new IllegalStateException("Could not create test database " + database, e);
            }
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
