package fi.servicedesk.ingest.recordings;

/** The sender's signature over an upload, checked as the bytes stream through (R6.1). */
public interface BodySignature {

    void update(byte[] bytes, int offset, int length);

    /** Throws unless the bytes seen make the body that was signed. */
    void verify();
}
