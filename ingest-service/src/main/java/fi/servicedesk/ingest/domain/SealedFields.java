package fi.servicedesk.ingest.domain;

import java.util.UUID;

/** The associated-data names that bind each ciphertext to its row, so none can be swapped for another. */
public final class SealedFields {

    private SealedFields() {
    }

    public static String agentName(UUID contactId) {
        return "contact.agent_name:" + contactId;
    }

    public static String messageText(UUID messageId) {
        return "message.text:" + messageId;
    }

    /** Binds each chunk to its recording and its place in it, so chunks cannot be reordered or swapped. */
    public static String recordingChunk(UUID recordingId, int seq) {
        return "recording_chunk.data:" + recordingId + ":" + seq;
    }
}
