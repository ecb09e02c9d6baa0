package fi.servicedesk.ingest.crypto;

/** A ciphertext whose key is gone (crypto-shredded) or that was tampered with. */
public class UndecryptableException extends RuntimeException {

    public UndecryptableException(String message, Throwable cause) {
        super(message, cause);
    }

    public UndecryptableException(String message) {
        super(message);
    }
}
