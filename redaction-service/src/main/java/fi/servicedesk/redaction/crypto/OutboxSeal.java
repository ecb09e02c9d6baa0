package fi.servicedesk.redaction.crypto;

import fi.servicedesk.kit.outbox.PayloadSeal;
import fi.servicedesk.redaction.config.RedactionConfig;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals dead-lettered records (issue 12; kit SealedDeadLetters): a message-captured record that
 * could not be redacted carries a person's text and identifiers, and neither its outbox row (the
 * table's files, WAL, backups) nor the dead-letter topic may hold them readable. AES-256-GCM under
 * a key derived (HKDF-SHA256) from REDACTION_PSEUDONYM_KEY, a Secret kept outside the database and
 * the broker. This service has no key per subject, so an erasure cannot shred them: the row lives
 * until the relay has sent it, the record as long as the interactions topic keeps its source (three
 * days). Its other rows (replies) hold redacted text only.
 */
@ApplicationScoped
public class OutboxSeal implements PayloadSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = DEAD_LETTERS.getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    OutboxSeal(RedactionConfig config) {
        try {
            this.key = KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                    .addIKM(Base64.getDecoder().decode(config.pseudonymKey()))
                    .thenExpand("redaction-service outbox dead letters v1".getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] seal(String keyRef, byte[] plain) {
        requireDeadLetters(keyRef);
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<byte[]> open(String keyRef, byte[] sealed) {
        requireDeadLetters(keyRef);
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES))
                    .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A dead letter's row cannot be opened (another key, or changed)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(AAD);
        return cipher;
    }

    private static void requireDeadLetters(String keyRef) {
        if (!DEAD_LETTERS.equals(keyRef)) {
            throw new IllegalArgumentException("redaction-service seals dead letters only, not " + keyRef);
        }
    }
}
