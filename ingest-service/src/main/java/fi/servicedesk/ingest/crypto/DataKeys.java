package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.IngestConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Per-subject data keys in the separate {@code ingest_keys} database (R9.3). That datasource is
 * not enlisted in the data transaction: a key is committed before the data it protects (a key
 * whose data never committed protects nothing, and the key reconciler destroys it), and destroyed
 * only after the deletion of its data has committed ({@link KeyShredding}).
 * Unwrapped keys are remembered for a few seconds ({@link UnwrappedKeys}); destroying a key
 * here forgets it at once.
 */
@Singleton
public class DataKeys {

    private final AgroalDataSource keysDb;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final UnwrappedKeys unwrapped;

    @Inject
    DataKeys(@DataSource("keys") AgroalDataSource keysDb, MasterKeys masterKeys, Clock clock, IngestConfig config) {
        this(keysDb, masterKeys, clock, config.crypto().dataKeyCacheTtl());
    }

    DataKeys(AgroalDataSource keysDb, MasterKeys masterKeys, Clock clock, Duration cacheTtl) {
        this.keysDb = keysDb;
        this.masterKeys = masterKeys;
        this.clock = clock;
        this.unwrapped = new UnwrappedKeys(cacheTtl);
    }

    /** Makes and stores a new random data key for a new subject. */
    public SubjectKey create(UUID subjectId) {
        var key = Aes.randomKey();
        try (var connection = keysDb.getConnection();
             var insert = connection.prepareStatement(
                     "insert into data_key (subject_id, master_version, wrapped, created_at) values (?, ?, ?, ?)")) {
            insert.setObject(1, subjectId);
            insert.setInt(2, masterKeys.currentVersion());
            insert.setBytes(3, masterKeys.wrap(subjectId, key));
            insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a data key", e);
        }
        var subjectKey = new SubjectKey(subjectId, key);
        unwrapped.remember(subjectKey);
        return subjectKey;
    }

    /** The subject's key, or empty once it has been destroyed. */
    public Optional<SubjectKey> find(UUID subjectId) {
        return unwrapped.get(subjectId, () -> read(subjectId));
    }

    private Optional<SubjectKey> read(UUID subjectId) {
        try (var connection = keysDb.getConnection();
             var select = connection.prepareStatement("select master_version, wrapped from data_key where subject_id = ?")) {
            select.setObject(1, subjectId);
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SubjectKey(subjectId, masterKeys.unwrap(subjectId, row.getInt(1), row.getBytes(2))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a data key", e);
        }
    }

    /** The key of a subject whose data is being read or written; its absence means it was shredded. */
    public SubjectKey of(UUID subjectId) {
        return find(subjectId).orElseThrow(() -> new UndecryptableException("The data key of this subject was destroyed"));
    }

    /**
     * Crypto-shredding: every copy of what these keys protected becomes unreadable. Called only once
     * the deletion of their data has committed ({@link KeyShredding}). Returns how many keys were there.
     */
    public int destroyAll(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        try (var connection = keysDb.getConnection();
             var delete = connection.prepareStatement("delete from data_key where subject_id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", subjectIds.toArray()));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not destroy data keys", e);
        } finally {
            unwrapped.forget(subjectIds);
        }
    }

    /** Which of these subjects still have a key, read from the keys database (never from memory). */
    public Set<UUID> existing(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Set.of();
        }
        try (var connection = keysDb.getConnection();
             var select = connection.prepareStatement("select subject_id from data_key where subject_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", subjectIds.toArray()));
            return new HashSet<>(subjectIds(select));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read data keys", e);
        }
    }

    /** Up to {@code limit} subjects, in id order after {@code after}, whose key was made before {@code before}. */
    public List<UUID> madeBefore(Instant before, UUID after, int limit) {
        try (var connection = keysDb.getConnection();
             var select = connection.prepareStatement(
                     "select subject_id from data_key where created_at < ? and subject_id > ? order by subject_id limit ?")) {
            select.setTimestamp(1, Timestamp.from(before));
            select.setObject(2, after);
            select.setInt(3, limit);
            return subjectIds(select);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read data keys", e);
        }
    }

    private static List<UUID> subjectIds(PreparedStatement select) throws SQLException {
        var ids = new ArrayList<UUID>();
        try (var rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Re-wraps every data key wrapped by an older master key with the current one, so the old
     * master key can then be removed from INGEST_MASTER_KEYS. Safe while the service runs: each
     * row is swapped atomically and both versions unwrap meanwhile. Returns how many were re-wrapped.
     */
    public int rewrapToCurrentMasterKey() {
        int current = masterKeys.currentVersion();
        int rewrapped = 0;
        try (var connection = keysDb.getConnection();
             var select = connection.prepareStatement("select subject_id, master_version, wrapped from data_key where master_version < ?");
             var update = connection.prepareStatement(
                     "update data_key set master_version = ?, wrapped = ? where subject_id = ? and master_version = ?")) {
            select.setInt(1, current);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var subjectId = rows.getObject(1, UUID.class);
                    var key = masterKeys.unwrap(subjectId, rows.getInt(2), rows.getBytes(3));
                    update.setInt(1, current);
                    update.setBytes(2, masterKeys.wrap(subjectId, key));
                    update.setObject(3, subjectId);
                    update.setInt(4, rows.getInt(2));
                    rewrapped += update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-wrap data keys", e);
        }
        return rewrapped;
    }
}
