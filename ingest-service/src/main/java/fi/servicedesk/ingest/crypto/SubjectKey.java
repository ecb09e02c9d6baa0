package fi.servicedesk.ingest.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One subject's unwrapped data key, for one unit of work; never stored or logged. Each
 * ciphertext is bound (GCM associated data) to the subject and the column it belongs to.
 */
public final class SubjectKey {

    private final UUID subjectId;
    private final byte[] key;

    SubjectKey(UUID subjectId, byte[] key) {
        this.subjectId = subjectId;
        this.key = key;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public byte[] encrypt(String field, byte[] plaintext) {
        return Aes.encrypt(key, plaintext, aad(field));
    }

    public byte[] decrypt(String field, byte[] sealed) {
        return Aes.decrypt(key, sealed, aad(field));
    }

    /** Null stays null, so optional identifiers stay optional. */
    public byte[] encryptText(String field, String text) {
        return text == null ? null : encrypt(field, text.getBytes(StandardCharsets.UTF_8));
    }

    public String decryptText(String field, byte[] sealed) {
        return sealed == null ? null : new String(decrypt(field, sealed), StandardCharsets.UTF_8);
    }

    private byte[] aad(String field) {
        var name = field.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length).putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits()).put(name).array();
    }
}
