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
import java.util.Set;

/**
 * Keyed hashes (HMAC-SHA256) of a person's e-mail, user name and phone, normalised, which stand in
 * for the identifiers of an erased person (R10.3): equal for the same identifier, useless without
 * the key. The key is derived from the master key with its own label, so no second secret has to
 * be managed and the hashes are never the master key's own MAC of anything. The name is left out:
 * two people share names, so a name alone must not match anyone to an erasure.
 */
@ApplicationScoped
public class IdentityHashes {

    private static final String LABEL = "rights-service erased identity v1";

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
        for (var identifier : List.of(Identifier.EMAIL, Identifier.USERNAME, Identifier.PHONE)) {
            var value = normalised(identifier, identifiers.get(identifier));
            if (value != null) {
                hashes.add(hash(identifier.key() + ":" + value));
            }
        }
        return hashes;
    }

    /** Case and spaces of e-mail and user name, and a phone's punctuation, do not make another person. */
    private static String normalised(Identifier identifier, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        return identifier == Identifier.PHONE ? trimmed.replaceAll("[^0-9+]", "") : trimmed.toLowerCase(Locale.ROOT);
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
