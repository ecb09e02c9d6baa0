package fi.servicedesk.redaction.corpus;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fi.servicedesk.redaction.config.RedactionConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The matching hashes of a subject's identifiers (contracts/README.md): HMAC-SHA256 under
 * SERVICEDESK_MATCHING_KEY of {@code <kind>:<normalised value>}. Conversations are linked to the
 * hashes of the identifiers their messages carried, so a rights command, which names the subject
 * by the same hashes, finds them without any identifier being stored here or sent to this
 * service. The name is not used: names are shared by many people.
 */
@ApplicationScoped
public class MatchingHashes {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Keyed once; each call works on a clone, which costs far less than looking up and keying a new Mac. */
    private final Mac keyed;

    MatchingHashes(RedactionConfig config) {
        var key = Base64.getDecoder().decode(config.matchingKey().trim());
        if (key.length < 32) {
            throw new IllegalStateException("SERVICEDESK_MATCHING_KEY must be base64 of at least 32 bytes");
        }
        try {
            keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hashes of the identifiers given; none for blank ones or a phone without digits. */
    public List<String> of(String email, String username, String phone) {
        var out = new ArrayList<String>(3);
        if (email != null && !email.isBlank()) {
            out.add(hash("email", email.strip().toLowerCase(Locale.ROOT)));
        }
        if (username != null && !username.isBlank()) {
            out.add(hash("username", username.strip().toLowerCase(Locale.ROOT)));
        }
        var e164 = phone == null || phone.isBlank() ? null : e164(phone.strip());
        if (e164 != null) {
            out.add(hash("phone", e164));
        }
        return out;
    }

    private String hash(String kind, String normalised) {
        try {
            var mac = (Mac) keyed.clone();
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** E.164 when libphonenumber finds a possible number (region FI); else the digits and plus signs as written. */
    private static String e164(String phone) {
        try {
            var parsed = PHONES.parse(phone, "FI");
            if (PHONES.isPossibleNumber(parsed)) {
                return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notAPhoneNumber) {
            // falls through to the literal form
        }
        var literal = phone.replaceAll("[^0-9+]", "");
        return literal.chars().anyMatch(Character::isDigit) ? literal : null;
    }
}
