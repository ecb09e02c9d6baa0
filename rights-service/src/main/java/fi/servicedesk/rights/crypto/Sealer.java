package fi.servicedesk.rights.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals what case records hold about a person with AES-256-GCM under RIGHTS_MASTER_KEY (R9.1):
 * a fresh 96-bit nonce per value, stored in front of the ciphertext and its tag.
 */
@ApplicationScoped
public class Sealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    Sealer(RightsConfig config, ObjectMapper json) {
        var raw = Base64.getDecoder().decode(config.masterKey());
        if (raw.length != 32) {
            throw new IllegalStateException("rights.master-key must be base64 of 32 bytes, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.json = json;
    }

    public byte[] seal(byte[] plain) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    public byte[] open(byte[] sealed) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value cannot be opened (wrong key or tampered)", e);
        }
    }

    public byte[] sealJson(Object value) {
        try {
            return seal(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T openJson(byte[] sealed, Class<T> type) {
        try {
            return json.readValue(open(sealed), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
