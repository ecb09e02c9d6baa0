package fi.servicedesk.ingest.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** AES-256-GCM with a random 96-bit nonce stored in front of the ciphertext. */
final class Aes {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Cipher objects between uses: looking one up costs more than the encryption of a message. A
     * cipher is taken by one caller at a time and initialised afresh (key, nonce) for each use.
     */
    private static final Queue<Cipher> IDLE = new ConcurrentLinkedQueue<>();

    private Aes() {
    }

    static byte[] randomKey() {
        var key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** {@code aad} binds the ciphertext to its owner, so it cannot be moved to another row or subject. */
    static byte[] encrypt(byte[] key, byte[] plaintext, byte[] aad) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        var cipher = borrow();
        try {
            init(cipher, Cipher.ENCRYPT_MODE, key, nonce, aad);
            var sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        } finally {
            IDLE.offer(cipher);
        }
    }

    static byte[] decrypt(byte[] key, byte[] sealed, byte[] aad) {
        var cipher = borrow();
        try {
            init(cipher, Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(sealed, NONCE_BYTES), aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new UndecryptableException("Ciphertext does not open with this key", e);
        } finally {
            IDLE.offer(cipher);
        }
    }

    private static Cipher borrow() {
        var idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static void init(Cipher cipher, int mode, byte[] key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
    }
}
