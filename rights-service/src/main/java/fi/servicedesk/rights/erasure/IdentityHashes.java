package fi.servicedesk.rights.erasure;

import fi.servicedesk.rights.crypto.MatchingHashes;
import fi.servicedesk.rights.domain.Identifier;
import fi.servicedesk.rights.domain.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The matching hashes of a person's e-mail, user name and phone (contracts/README.md): equal for
 * the same identifier, useless without the key. They stand in for the identifiers of an erased
 * person (R10.3) and let the portal find a person's cases by an exact identifier without listing
 * any. The name is left out: two people share names, so a name alone must not match anyone to an
 * erasure.
 */
@ApplicationScoped
public class IdentityHashes {

    private static final List<Identifier> HASHED = List.of(Identifier.EMAIL, Identifier.USERNAME, Identifier.PHONE);

    private final MatchingHashes matching;

    IdentityHashes(MatchingHashes matching) {
        this.matching = matching;
    }

    /** One hash per identifier that can tell a person apart; empty when only a name is given. */
    public Set<String> of(Identifiers identifiers) {
        var hashes = new LinkedHashSet<String>();
        if (identifiers != null) {
            HASHED.stream().map(identifier -> matching.hash(identifier, identifiers.get(identifier)))
                    .filter(Objects::nonNull).forEach(hashes::add);
        }
        return hashes;
    }

    /**
     * The hashes {@code value} has as whichever identifier it may be: the portal's search box takes an
     * e-mail, a user name or a phone without asking which.
     */
    public Set<String> ofAny(String value) {
        var hashes = new LinkedHashSet<String>();
        HASHED.stream().map(identifier -> matching.hash(identifier, value)).filter(Objects::nonNull).forEach(hashes::add);
        return hashes;
    }
}
