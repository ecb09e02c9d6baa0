package fi.servicedesk.testsupport;

import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * contracts/README.md "Matching hashes" and "Sealed values" written once more from the text, for
 * tests: each service's own code is checked against the contract, not against itself.
 */
public final class CommandContract {

    /** The matching key of every service's test profile and of the contract's examples. */
    public static final String TEST_MATCHING_KEY = "ZXhhbXBsZS1tYXRjaGluZy1rZXktb2YtMzItYnl0ZXM=";

    private CommandContract() {
    }

    /** The hash of an already normalised value of {@code kind} (email, username, phone, name). */
    public static String hash(String kind, String normalised) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(TEST_MATCHING_KEY), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code subject} object of a command or hold with the hashes of the given identifiers
     * (null for none). E-mail, user name and name are normalised here; {@code e164Phone} must be E.164.
     */
    public static String subjectJson(String email, String username, String e164Phone, String name) {
        return "{\"email\":%s,\"username\":%s,\"phone\":%s,\"name\":%s}".formatted(quotedHash("email", lower(email)),
                quotedHash("username", lower(username)), quotedHash("phone", e164Phone), quotedHash("name", lower(name)));
    }

    /** A value sealed for the command {@code requestId}, as rights-service seals a rectification's new value. */
    public static String seal(UUID requestId, String value) {
        try {
            var nonce = new byte[12];
            new SecureRandom().nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(requestId.toString().getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value rights-service sealed into the command {@code requestId}. */
    public static String open(UUID requestId, String sealedValue) {
        var sealed = Base64.getDecoder().decode(sealedValue);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey(), new GCMParameterSpec(128, sealed, 0, 12));
            cipher.updateAAD(requestId.toString().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static javax.crypto.SecretKey sealingKey() throws GeneralSecurityException {
        return KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                .addIKM(Base64.getDecoder().decode(TEST_MATCHING_KEY))
                .thenExpand("servicedesk command sealing v1".getBytes(StandardCharsets.UTF_8), 32));
    }

    private static String quotedHash(String kind, String normalised) {
        return normalised == null ? "null" : "\"" + hash(kind, normalised) + "\"";
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
