package fi.servicedesk.rights.crypto;

import fi.servicedesk.kit.outbox.PayloadSeal;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Seals dead-lettered records (issue 12; kit SealedDeadLetters): an owner's reply that could not be
 * taken in may carry access data, and neither its outbox row (the table's files, WAL, backups) nor
 * the dead-letter topic may hold that readable. Sealed as the case records are, under
 * RIGHTS_MASTER_KEY (Sealer), a Secret kept outside the database and the broker. rights-service's
 * other rows carry no personal data in clear: commands and holds name subjects by hashes and carry
 * no hold's reason, a rectification's new value is sealed for the owners (CommandSeal).
 */
@ApplicationScoped
public class OutboxSeal implements PayloadSeal {

    private final Sealer sealer;

    OutboxSeal(Sealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public byte[] seal(String keyRef, byte[] plain) {
        requireDeadLetters(keyRef);
        return sealer.seal(plain);
    }

    @Override
    public Optional<byte[]> open(String keyRef, byte[] sealed) {
        requireDeadLetters(keyRef);
        return Optional.of(sealer.open(sealed));
    }

    private static void requireDeadLetters(String keyRef) {
        if (!DEAD_LETTERS.equals(keyRef)) {
            throw new IllegalArgumentException("rights-service seals dead letters only, not " + keyRef);
        }
    }
}
