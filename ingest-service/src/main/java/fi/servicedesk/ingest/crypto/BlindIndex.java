package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.IngestConfig;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed blind index (R9.1): HMAC-SHA256 of a normalised identifier, so a subject can be found by
 * e-mail, user name or phone without decrypting every row, while the stored value says nothing to
 * whoever lacks the key. The kind is part of the input, so an e-mail and a user name with the same
 * text do not share an index value. Key and input are those of the matching hashes in
 * contracts/README.md (SERVICEDESK_MATCHING_KEY), so the hashes a rights command names the subject
 * by are the index values themselves: no second index, nothing to translate.
 */
@Singleton
public class BlindIndex {

    /** Keyed once; each use takes a copy, which costs less than looking up and keying a Mac. */
    private final Mac keyed;

    BlindIndex(IngestConfig config) {
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            this.keyed.init(new SecretKeySpec(matchingKey(config), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key's bytes, checked against the contract's minimum. */
    static byte[] matchingKey(IngestConfig config) {
        var bytes = Base64.getDecoder().decode(config.crypto().matchingKey().trim());
        if (bytes.length < 32) {
            throw new IllegalArgumentException("SERVICEDESK_MATCHING_KEY must be at least 32 bytes");
        }
        return bytes;
    }

    /** Null for an absent identifier. */
    public String of(String kind, String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            var mac = (Mac) keyed.clone();
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
