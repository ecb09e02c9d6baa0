package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Opens a value rights-service sealed into a command (a rectification's new value), as
 * contracts/README.md "Sealed values" says: AES-256-GCM under the HKDF-SHA256 derivation of the
 * matching key, with the request id as associated data.
 */
@ApplicationScoped
public class CommandSeal {

    private static final String INFO = "servicedesk command sealing v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    CommandSeal(IngestConfig config) {
        try {
            this.key = KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                    .addIKM(BlindIndex.matchingKey(config))
                    .thenExpand(INFO.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value sealed for {@code requestId}; fails for another key, another request or a changed value. */
    public String open(UUID requestId, String sealedValue) {
        var sealed = Base64.getDecoder().decode(sealedValue);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(requestId.toString().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The sealed value of request " + requestId + " cannot be opened", e);
        }
    }
}
