package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.domain.UnknownCallException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A call's recording (R5.4) as the telephony platform uploads it: streamed into encrypted chunks
 * (R9.1) while its signature, SHA-256 and format are computed, so it is never held whole. All in
 * one transaction: a wrong signature, a truncated or invalid file or an oversized body rolls back
 * every chunk already written.
 */
@ApplicationScoped
public class RecordingUpload {


    private final WebhookReceipts receipts;
    private final ContactRepository contacts;
    private final RecordingStore store;
    private final RecordingChunks chunks;
    private final DataKeys keys;
    private final Event<RecordingStored> stored;
    private final IngestConfig config;
    private final Clock clock;

    RecordingUpload(WebhookReceipts receipts, ContactRepository contacts, RecordingStore store,
                    RecordingChunks chunks, DataKeys keys, Event<RecordingStored> stored, IngestConfig config, Clock clock) {
        this.receipts = receipts;
        this.contacts = contacts;
        this.store = store;
        this.chunks = chunks;
        this.keys = keys;
        this.stored = stored;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Returns the new recording's id, or empty when this webhook id was already received (nothing
     * read, nothing stored). The caller has checked the webhook's headers and timestamp before the
     * body is read; {@code signature} is verified once all of it has been.
     */
    @Transactional(rollbackOn = Exception.class) // an IOException (the client went away) must not commit half a recording
    @TransactionConfiguration(timeoutFromConfigProperty = "ingest.recordings.upload-timeout-seconds")
    public Optional<UUID> upload(String callId, String contentType, String webhookId, BodySignature signature,
                                 InputStream body) throws IOException {
        if (!receipts.firstReceipt(WebhookSource.TELEPHONY, webhookId)) {
            return Optional.empty();
        }
        var contact = contacts.findForUpdate(Channel.PHONE, callId).orElseThrow(() -> new UnknownCallException(callId));
        if (store.ofContact(contact.id).isPresent()) {
            throw new RecordingRefusedException(RecordingRefusedException.Reason.ALREADY_STORED,
                    "Call " + callId + " already has its recording.");
        }
        var key = keys.of(contact.subjectId);
        var recordingId = store.create(contact.id, contentType, Instant.now(clock));
        long maxBytes = config.recordings().maxBytes().asLongValue();
        var sha256 = sha256();
        var format = AudioFormat.of(contentType).orElseThrow(() -> new IllegalArgumentException("No check for " + contentType));
        var buffer = new byte[RecordingChunks.CHUNK_BYTES];
        long total = 0;
        int seq = 0;
        int filled;
        while ((filled = body.readNBytes(buffer, 0, buffer.length)) > 0) {
            total += filled;
            if (total > maxBytes) {
                throw new RecordingRefusedException(RecordingRefusedException.Reason.TOO_LARGE,
                        "The recording is larger than " + maxBytes + " bytes.");
            }
            signature.update(buffer, 0, filled);
            sha256.update(buffer, 0, filled);
            format.update(buffer, 0, filled);
            chunks.write(recordingId, seq++, key, buffer, filled);
        }
        signature.verify();
        var problem = format.problem();
        if (problem != null) {
            throw new RecordingRefusedException(RecordingRefusedException.Reason.INVALID_AUDIO, problem);
        }
        store.complete(recordingId, total, HexFormat.of().formatHex(sha256.digest()));
        // Synchronous, inside this transaction: the hand-off it starts is recorded with the audio, or neither (R7.1).
        stored.fire(new RecordingStored(recordingId, contact.id, contentType));
        return Optional.of(recordingId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
