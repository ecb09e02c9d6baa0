package fi.servicedesk.rights.crypto;

import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Seals a value an owner must store (a rectification's new value) for the command that carries
 * it, as contracts/README.md "Sealed values" says: AES-256-GCM under a key derived with HKDF from
 * the matching key, the request id as associated data, so the value is never in clear on the topic
 * or in the outbox and cannot be replayed into another command.
 */
@ApplicationScoped
public class CommandSeal {

    static final String INFO = "servicedesk command sealing v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    CommandSeal(RightsConfig config) {
        try {
            this.key = KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                    .addIKM(MatchingHashes.matchingKey(config))
                    .thenExpand(INFO.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of nonce, ciphertext and tag. */
    public String seal(UUID requestId, String value) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(requestId.toString().getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }
}
