package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The master keys of INGEST_MASTER_KEYS ({@code <version>:<base64 32 bytes>[,…]}). The highest
 * version wraps new data keys; every listed version still unwraps, so a new master key can be
 * rolled out, data keys re-wrapped, and the old one retired without downtime.
 */
@ApplicationScoped
public class MasterKeys {

    private final TreeMap<Integer, byte[]> keys;

    @Inject
    MasterKeys(IngestConfig config) {
        this(config.crypto().masterKeys());
    }

    MasterKeys(String masterKeys) {
        this.keys = parse(masterKeys);
    }

    public int currentVersion() {
        return keys.lastKey();
    }

    byte[] wrap(UUID subjectId, byte[] dataKey) {
        return Aes.encrypt(keys.lastEntry().getValue(), dataKey, aad(subjectId, currentVersion()));
    }

    byte[] unwrap(UUID subjectId, int version, byte[] wrapped) {
        var key = keys.get(version);
        if (key == null) {
            throw new UndecryptableException("Master key version " + version + " is not configured");
        }
        return Aes.decrypt(key, wrapped, aad(subjectId, version));
    }

    private static byte[] aad(UUID subjectId, int version) {
        return ByteBuffer.allocate(20).putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits()).putInt(version).array();
    }

    private static TreeMap<Integer, byte[]> parse(String masterKeys) {
        var parsed = new TreeMap<Integer, byte[]>();
        for (var entry : masterKeys.trim().split("\\s*,\\s*")) {
            var parts = entry.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("INGEST_MASTER_KEYS entries are <version>:<base64 key>");
            }
            var key = Base64.getDecoder().decode(parts[1].trim());
            if (key.length != Aes.KEY_BYTES) {
                throw new IllegalArgumentException("Master key version " + parts[0] + " is not 32 bytes");
            }
            parsed.put(Integer.parseInt(parts[0].trim()), key);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("INGEST_MASTER_KEYS names no key");
        }
        return parsed;
    }
}
