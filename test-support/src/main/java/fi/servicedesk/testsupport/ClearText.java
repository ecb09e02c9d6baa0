package fi.servicedesk.testsupport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where a value lies in clear (issue 12, R9.3): in the files PostgreSQL wrote for a database (every
 * relation with storage: tables, their TOAST tables, indexes, sequences; deleted rows included), in
 * the cluster's WAL segments, or in the records of a Kafka topic read from its beginning. The files
 * are read through the server ({@code pg_read_binary_file}), which needs a superuser, as the test
 * database's user is.
 */
public final class ClearText {

    private ClearText() {
    }

    /**
     * Keeps every WAL segment written from now on until {@link WalKept#close}: a temporary physical
     * replication slot, so a checkpoint cannot remove or recycle the segments a test then reads. The
     * slot lives only as long as its session: a test JVM that dies cannot leave it behind.
     */
    public static WalKept keepWal() {
        try {
            var connection = connect("postgres");
            try (var slot = connection.prepareStatement("select pg_create_physical_replication_slot(?, true, true)")) {
                slot.setString(1, "clear_text_" + UUID.randomUUID().toString().replace("-", ""));
                slot.execute();
            }
            return new WalKept(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the WAL", e);
        }
    }

    public record WalKept(Connection connection) implements AutoCloseable {
        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** "relation: value" for every relation of {@code database} (its name without the test suffix) whose files hold a value. */
    public static List<String> inDatabase(String database, Collection<String> values) {
        checkpoint();
        return query(database, """
                select c.oid::regclass::text, n.value
                from pg_class c
                cross join lateral (select pg_read_binary_file(pg_relation_filepath(c.oid), 0, 1000000000, true) as bytes) f
                cross join unnest(cast(? as text[])) as n(value)
                where pg_relation_filepath(c.oid) is not null
                  and position(convert_to(n.value, 'UTF8') in f.bytes) > 0""", values);
    }

    /** "segment: value" for every WAL segment in pg_wal (recycled ones included) that holds a value. */
    public static List<String> inWal(Collection<String> values) {
        checkpoint();
        return query("postgres", """
                select w.name, n.value
                from pg_ls_waldir() w
                cross join lateral (select pg_read_binary_file('pg_wal/' || w.name, 0, 1000000000, true) as bytes) f
                cross join unnest(cast(? as text[])) as n(value)
                where w.name ~ '^[0-9A-F]{24}$'
                  and position(convert_to(n.value, 'UTF8') in f.bytes) > 0""", values);
    }

    /** "topic offset: value" for every record of {@code topic} whose key, value or a header holds a value. */
    public static List<String> inTopic(String topic, Collection<String> values) {
        var found = new ArrayList<String>();
        for (var record : KafkaTestClient.await(topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(4))) {
            var text = new StringBuilder().append(record.key()).append('\n').append(record.value());
            record.headers().forEach(h -> text.append('\n').append(new String(h.value(), StandardCharsets.UTF_8)));
            values.stream().filter(v -> text.indexOf(v) >= 0)
                    .forEach(v -> found.add(topic + "@" + record.partition() + ":" + record.offset() + ": " + v));
        }
        return found;
    }

    /** Flushes every dirty page to the data files and ends the current WAL segment. */
    private static void checkpoint() {
        try (var connection = connect("postgres"); var statement = connection.createStatement()) {
            statement.execute("checkpoint");
            statement.execute("select pg_switch_wal()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not checkpoint", e);
        }
    }

    private static List<String> query(String database, String sql, Collection<String> values) {
        var found = new ArrayList<String>();
        try (var connection = connect(database); var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", values.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(database + " " + rows.getString(1) + ": " + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the files of " + database, e);
        }
        return found;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(database), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
    }
}
