package fi.servicedesk.rights.crypto;

import fi.servicedesk.kit.replies.ReplyCipher;
import fi.servicedesk.rights.domain.RightsCase;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;

/**
 * Each case's own key pair for its owners' replies (contracts/README.md "Reply encryption"): made
 * when the case is executed, the private half sealed under the master key. Setting both columns to
 * null destroys it; the chunks encrypted to it, wherever copies of them are, can then never be read.
 */
@ApplicationScoped
public class CaseKeys {

    private final Sealer sealer;

    CaseKeys(Sealer sealer) {
        this.sealer = sealer;
    }

    /** Gives the case its key pair; returns the public half, as the command carries it. */
    public String issue(RightsCase c) {
        var pair = ReplyCipher.newKeyPair();
        c.replyPublicKey = ReplyCipher.encode(pair.getPublic());
        c.replyKey = sealer.seal(ReplyCipher.encode(pair.getPrivate()));
        return c.replyPublicKey;
    }

    /** The case's key, unsealed for one unit of work; empty once destroyed. */
    public Optional<CaseKey> of(RightsCase c) {
        if (c.replyKey == null || c.replyPublicKey == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseKey(c.id, ReplyCipher.privateKey(sealer.open(c.replyKey)),
                ReplyCipher.publicKey(c.replyPublicKey)));
    }

    public static void destroy(RightsCase c) {
        c.replyKey = null;
        c.replyPublicKey = null;
    }

    /** One case's unsealed reply key; never stored or logged. */
    public record CaseKey(UUID caseId, PrivateKey privateKey, PublicKey publicKey) {

        /** @throws IllegalArgumentException when the chunk was not encrypted to this case for this owner, attempt, part and index */
        public byte[] open(String service, int attempt, String part, int index, byte[] envelope) {
            return ReplyCipher.decrypt(privateKey, publicKey, ReplyCipher.aad(caseId, service, attempt, part, index), envelope);
        }
    }
}
