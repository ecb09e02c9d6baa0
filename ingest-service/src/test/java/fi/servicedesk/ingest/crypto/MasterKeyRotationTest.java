package fi.servicedesk.ingest.crypto;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R9.3: keys carry their master-key version, so the master key rotates while the service runs. */
@QuarkusTest
class MasterKeyRotationTest {

    private static final String VERSION_1 = "1:dGVzdC1tYXN0ZXIta2V5LXZlcnNpb24tb25lLTMyYnk=";
    private static final String VERSION_2 = "2:dGVzdC1tYXN0ZXIta2V5LXZlcnNpb24tdHdvLTMyYnk=";

    @Inject
    @DataSource("keys")
    AgroalDataSource keysDb;

    @Inject
    DataKeys keys;

    @Test
    void keyWrappedByTheOldMasterKeyStillOpensAndIsRewrappedToTheNewOne() {
        var beforeRotation = new DataKeys(keysDb, new MasterKeys(VERSION_1), Clock.systemUTC(), Duration.ZERO);
        var afterRetirement = new DataKeys(keysDb, new MasterKeys(VERSION_2), Clock.systemUTC(), Duration.ZERO);
        var subjectId = UUID.randomUUID();
        var plaintext = "rotated".getBytes(StandardCharsets.UTF_8);
        var sealed = beforeRotation.create(subjectId).encrypt("field", plaintext);

        assertArrayEquals(plaintext, keys.of(subjectId).decrypt("field", sealed), "both versions configured: old keys open");
        assertThrows(UndecryptableException.class, () -> afterRetirement.of(subjectId), "v1 not yet re-wrapped");

        assertTrue(keys.rewrapToCurrentMasterKey() >= 1);

        assertArrayEquals(plaintext, afterRetirement.of(subjectId).decrypt("field", sealed),
                "after re-wrapping, the old master key can be retired");
        assertEquals(0, countBelowVersion2(), "nothing left on version 1");
    }

    private int countBelowVersion2() {
        try (var connection = keysDb.getConnection();
             var count = connection.prepareStatement("select count(*) from data_key where master_version < 2");
             var row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
