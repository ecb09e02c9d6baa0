package fi.servicedesk.ingest.capture;

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

    public static String recordingAudio(UUID recordingId) {
        return "recording.audio:" + recordingId;
    }
}
