package fi.servicedesk.kit.replies;

import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Replies encrypted to the case (contracts/README.md, "Reply encryption"): X25519 key agreement
 * with a fresh ephemeral key per envelope, HKDF-SHA256, AES-256-GCM, all from the JDK. An envelope
 * is {@code ephemeral public key (X.509, 44 bytes) ‖ nonce (12) ‖ ciphertext ‖ tag (16)}; its
 * associated data binds it to one case, owner, attempt, part and chunk index, so no chunk can be
 * moved to another place in a reply, another owner's answer or another case.
 */
public final class ReplyCipher {

    private static final String CURVE = "X25519";
    private static final int PUBLIC_KEY_BYTES = 44;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] INFO = "fi.servicedesk.reply.v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReplyCipher() {
    }

    /** A case's key pair: the public half travels in its command, the private half stays sealed in rights. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(CURVE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the X.509 SubjectPublicKeyInfo, as the command carries it. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when {@code base64} is no X25519 public key */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an X25519 public key", e);
        }
    }

    /** The PKCS#8 form of the private half, {@link #privateKey(byte[])} reads it back. */
    public static byte[] encode(PrivateKey key) {
        return key.getEncoded();
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X25519 private key", e);
        }
    }

    /** What an envelope is bound to: {@code requestId|service|attempt|part|index}, UTF-8. */
    public static byte[] aad(UUID requestId, String service, int attempt, String part, int index) {
        return (requestId + "|" + service + "|" + attempt + "|" + part + "|" + index).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encrypt(PublicKey recipient, byte[] aad, byte[] plain, int length) {
        try {
            var generator = KeyPairGenerator.getInstance(CURVE);
            var ephemeral = generator.generateKeyPair();
            var ephemeralPublic = ephemeral.getPublic().getEncoded();
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(ephemeral.getPrivate(), recipient, ephemeralPublic, recipient.getEncoded()),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            var envelope = ByteBuffer.allocate(PUBLIC_KEY_BYTES + NONCE_BYTES + cipher.getOutputSize(length));
            envelope.put(ephemeralPublic).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain, 0, length), envelope);
            return envelope.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Reply encryption failed", e);
        }
    }

    /** @throws IllegalArgumentException when the envelope was not made for this key and binding, or was changed */
    public static byte[] decrypt(PrivateKey own, PublicKey ownPublic, byte[] aad, byte[] envelope) {
        if (envelope.length < PUBLIC_KEY_BYTES + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Reply envelope too short");
        }
        try {
            var ephemeralPublic = Arrays.copyOf(envelope, PUBLIC_KEY_BYTES);
            var ephemeral = KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(ephemeralPublic));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(own, ephemeral, ephemeralPublic, ownPublic.getEncoded()),
                    new GCMParameterSpec(TAG_BITS, envelope, PUBLIC_KEY_BYTES, NONCE_BYTES));
            cipher.updateAAD(aad);
            int offset = PUBLIC_KEY_BYTES + NONCE_BYTES;
            return cipher.doFinal(envelope, offset, envelope.length - offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Reply envelope does not open with this case's key and binding", e);
        }
    }

    /** HKDF-SHA256 over the X25519 secret, salted with both public keys so the key belongs to this one exchange. */
    private static SecretKey key(PrivateKey own, PublicKey other, byte[] ephemeralPublic, byte[] recipientPublic)
            throws GeneralSecurityException {
        var agreement = KeyAgreement.getInstance(CURVE);
        agreement.init(own);
        agreement.doPhase(other, true);
        var secret = agreement.generateSecret();
        var salt = ByteBuffer.allocate(ephemeralPublic.length + recipientPublic.length).put(ephemeralPublic).put(recipientPublic).array();
        try {
            return KDF.getInstance("HKDF-SHA256").deriveKey("AES",
                    HKDFParameterSpec.ofExtract().addIKM(secret).addSalt(salt).thenExpand(INFO, 32));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
