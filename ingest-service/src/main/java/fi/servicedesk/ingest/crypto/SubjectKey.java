package fi.servicedesk.ingest.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One subject's unwrapped data key, for one unit of work; never stored or logged. Each
 * ciphertext is bound (GCM associated data) to the subject and the column it belongs to.
 */
public final class SubjectKey {

    private final UUID subjectId;
    private final byte[] key;
    /** The subject's identifiers as last opened, by field: in memory only as long as the key is. */
    private final Map<String, Opened> identifiers = new ConcurrentHashMap<>();

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

    /**
     * As {@link #decryptText}, for one of the subject's own identifiers (one ciphertext per field):
     * the text opened last is kept with this key and given again while the ciphertext is the same
     * (the same key, field and ciphertext always open to the same text), so a conversation's
     * messages open their subject's identifiers once while the key is remembered
     * ({@link UnwrappedKeys}), not once each. A changed identifier (rectified, R10.2) has a new
     * ciphertext and is opened again; a destroyed key is forgotten with what it opened (R9.3).
     */
    public String decryptIdentifier(String field, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        var last = identifiers.get(field);
        if (last != null && Arrays.equals(last.sealed(), sealed)) {
            return last.text();
        }
        var text = decryptText(field, sealed);
        identifiers.put(field, new Opened(sealed.clone(), text));
        return text;
    }

    private byte[] aad(String field) {
        var name = field.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length).putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits()).put(name).array();
    }

    private record Opened(byte[] sealed, String text) {
    }
}
