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

    private final SecretKeySpec key;

    Pseudonyms(RedactionConfig config) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(config.pseudonymKey()), "HmacSHA256");
    }

    /** The pseudonym of {@code value} in {@code domain}; domains keep e.g. a phone and a conversation id apart. */
    public String of(String domain, String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((domain + ":").getBytes(StandardCharsets.UTF_8));
            var digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
