package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.config.RedactionConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keyed pseudonyms (HMAC-SHA256 with this service's own secret): stable for the same value, so
 * entries can be grouped and found again, but not reversible without the key.
 */
@ApplicationScoped
public class Pseudonyms {

    /** Keyed once; each call works on a clone, which costs far less than looking up and keying a new Mac. */
    private final Mac keyed;

    Pseudonyms(RedactionConfig config) {
        try {
            keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(Base64.getDecoder().decode(config.pseudonymKey()), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pseudonym of {@code value} in {@code domain}; domains keep e.g. a phone and a conversation id apart. */
    public String of(String domain, String value) {
        try {
            var mac = (Mac) keyed.clone();
            mac.update((domain + ":").getBytes(StandardCharsets.UTF_8));
            var digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
