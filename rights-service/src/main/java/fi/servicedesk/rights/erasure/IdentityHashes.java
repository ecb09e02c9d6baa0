package fi.servicedesk.rights.erasure;

import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.Identifier;
import fi.servicedesk.rights.domain.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keyed hashes (HMAC-SHA256) of a person's e-mail, user name and phone, normalised: equal for the
 * same identifier, useless without the key. They stand in for the identifiers of an erased person
 * (R10.3) and let the portal find a person's cases by an exact identifier without listing any. The key is derived from the master key with its own label, so no second secret has to
 * be managed and the hashes are never the master key's own MAC of anything. The name is left out:
 * two people share names, so a name alone must not match anyone to an erasure.
 */
@ApplicationScoped
public class IdentityHashes {

    // Named for its first use; changing it would orphan the hashes already stored.
    private static final String LABEL = "rights-service erased identity v1";
    private static final List<Identifier> HASHED = List.of(Identifier.EMAIL, Identifier.USERNAME, Identifier.PHONE);

    private final SecretKeySpec key;

    IdentityHashes(RightsConfig config) {
        try {
            var derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(Base64.getDecoder().decode(config.masterKey()), "HmacSHA256"));
            this.key = new SecretKeySpec(derive.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One hash per identifier that can tell a person apart; empty when only a name is given. */
    public Set<String> of(Identifiers identifiers) {
        var hashes = new LinkedHashSet<String>();
        if (identifiers == null) {
            return hashes;
        }
        for (var identifier : HASHED) {
            hashOf(identifier, identifiers.get(identifier)).ifPresent(hashes::add);
        }
        return hashes;
    }

    /**
     * The hashes {@code value} has as whichever identifier it may be: the portal's search box takes an
     * e-mail, a user name or a phone without asking which.
     */
    public Set<String> ofAny(String value) {
        var hashes = new LinkedHashSet<String>();
        for (var identifier : HASHED) {
            hashOf(identifier, value).ifPresent(hashes::add);
        }
        return hashes;
    }

    private Optional<String> hashOf(Identifier identifier, String value) {
        return Optional.ofNullable(normalised(identifier, value)).map(v -> hash(identifier.key() + ":" + v));
    }

    /** Case and spaces of e-mail and user name, and a phone's punctuation, do not make another person. */
    private static String normalised(Identifier identifier, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        var normalised = identifier == Identifier.PHONE ? trimmed.replaceAll("[^0-9+]", "") : trimmed.toLowerCase(Locale.ROOT);
        // A phone of no digits, as an e-mail read as a phone is, hashes nothing.
        return identifier == Identifier.PHONE && !normalised.matches(".*[0-9].*") ? null : normalised;
    }

    private String hash(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
