package fi.servicedesk.ingest.recordings;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * An upload's body parked outside the database until its signature has been checked (DESIGN §6:
 * nothing is looked up, locked or stored before the signature holds): a temporary file, encrypted
 * under a key that exists only in this object, so the audio on disk is unreadable to anyone else and
 * after a crash (R9.1), and deleted on close. AES-CTR rather than GCM: GCM decryption in the JDK
 * returns nothing until it has buffered the whole ciphertext, which would hold the recording in
 * memory; the file never leaves this process, so it needs secrecy, not authentication.
 */
public final class StagedRecording implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final SecretKey key;
    private final byte[] iv = new byte[16];

    private StagedRecording(Path file, SecretKey key) {
        this.file = file;
        this.key = key;
        RANDOM.nextBytes(iv);
    }

    /** A new, empty staging file. */
    static StagedRecording create() throws IOException {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return new StagedRecording(Files.createTempFile("recording-", ".staged"), generator.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the audio, encrypted, into the file (once). */
    OutputStream writer() throws IOException {
        return new CipherOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), cipher(Cipher.ENCRYPT_MODE));
    }

    /** Reads the audio back, decrypted, as it streams from the file. */
    InputStream reader() throws IOException {
        return new CipherInputStream(new BufferedInputStream(Files.newInputStream(file)), cipher(Cipher.DECRYPT_MODE));
    }

    private Cipher cipher(int mode) {
        try {
            var cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
