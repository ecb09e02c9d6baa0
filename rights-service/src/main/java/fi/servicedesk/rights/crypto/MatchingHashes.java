package fi.servicedesk.rights.crypto;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.Identifier;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.events.SubjectHashes;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The matching hashes of contracts/README.md: HMAC-SHA256 under SERVICEDESK_MATCHING_KEY of
 * {@code <kind>:<normalised value>}, so an owner finds the subject a command names without the
 * command carrying any identifier (R9.1). The owners compute the same hashes from the same
 * written rules with their own code.
 */
@ApplicationScoped
public class MatchingHashes {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final SecretKeySpec key;

    MatchingHashes(RightsConfig config) {
        this.key = new SecretKeySpec(matchingKey(config), "HmacSHA256");
    }

    /** The key's bytes, checked against the contract's minimum. */
    static byte[] matchingKey(RightsConfig config) {
        var bytes = Base64.getDecoder().decode(config.matchingKey().trim());
        if (bytes.length < 32) {
            throw new IllegalStateException("SERVICEDESK_MATCHING_KEY must be base64 of at least 32 bytes");
        }
        return bytes;
    }

    public SubjectHashes of(Identifiers identifiers) {
        return new SubjectHashes(hash(Identifier.EMAIL, identifiers.email()), hash(Identifier.USERNAME, identifiers.username()),
                hash(Identifier.PHONE, identifiers.phone()), hash(Identifier.NAME, identifiers.name()));
    }

    /** Null for an absent identifier, and for a phone without digits ("anonymous"). */
    public String hash(Identifier kind, String value) {
        var normalised = normalised(kind, value);
        if (normalised == null) {
            return null;
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind.key() + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(Identifier kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        return kind == Identifier.PHONE ? e164(trimmed) : trimmed.toLowerCase(Locale.ROOT);
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
