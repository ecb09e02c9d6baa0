package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.kit.outbox.PayloadSeal;
import jakarta.inject.Singleton;

import javax.crypto.KDF;
import javax.crypto.spec.HKDFParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

/**
 * What ingest's outbox rows hold instead of personal data in clear (R9.1, R9.3; issue 12): a
 * message-captured event (text, identifiers) is sealed under its subject's own data key, so the
 * row's copies in data files, WAL and backups die with the key when the subject is erased, and a
 * row still waiting then is dropped unsent. Dead-lettered records are not a subject's: they are
 * sealed under a key derived (HKDF-SHA256) from SERVICEDESK_MATCHING_KEY, a Secret kept outside the
 * database, so the database's files never hold them readable; ingest's dead letters are commands
 * and sweeps, which name subjects by hashes only.
 */
@Singleton
public class OutboxSeal implements PayloadSeal {

    private static final String SUBJECT = "subject:";
    private static final String FIELD = "outbox";
    private static final byte[] DEAD_LETTER_AAD = DEAD_LETTERS.getBytes(StandardCharsets.UTF_8);

    private final DataKeys keys;
    private final byte[] deadLetterKey;

    OutboxSeal(DataKeys keys, IngestConfig config) {
        this.keys = keys;
        try {
            this.deadLetterKey = KDF.getInstance("HKDF-SHA256").deriveData(HKDFParameterSpec.ofExtract()
                    .addIKM(BlindIndex.matchingKey(config))
                    .thenExpand("ingest-service outbox dead letters v1".getBytes(StandardCharsets.UTF_8), Aes.KEY_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key reference of rows sealed under the subject's data key. */
    public static String keyRefOf(UUID subjectId) {
        return SUBJECT + subjectId;
    }

    @Override
    public byte[] seal(String keyRef, byte[] plain) {
        if (DEAD_LETTERS.equals(keyRef)) {
            return Aes.encrypt(deadLetterKey, plain, DEAD_LETTER_AAD);
        }
        return keys.of(subjectOf(keyRef)).encrypt(FIELD, plain);
    }

    @Override
    public Optional<byte[]> open(String keyRef, byte[] sealed) {
        if (DEAD_LETTERS.equals(keyRef)) {
            return Optional.of(Aes.decrypt(deadLetterKey, sealed, DEAD_LETTER_AAD));
        }
        return keys.find(subjectOf(keyRef)).map(key -> key.decrypt(FIELD, sealed));
    }

    private static UUID subjectOf(String keyRef) {
        if (!keyRef.startsWith(SUBJECT)) {
            throw new IllegalArgumentException("Not a key reference of ingest's outbox: " + keyRef);
        }
        return UUID.fromString(keyRef.substring(SUBJECT.length()));
    }
}
