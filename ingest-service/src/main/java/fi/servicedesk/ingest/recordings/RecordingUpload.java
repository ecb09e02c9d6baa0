package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.UnknownCallException;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * A call's recording (R5.4) as the telephony platform uploads it, in two steps (DESIGN §6: nothing
 * is looked up, locked or stored before the signature holds). First the body streams into a
 * {@link StagedRecording} while its signature, SHA-256, size and format are computed: no
 * transaction, no lock, nothing in the database, so a bad signature gets 401 whatever the call
 * and a slow sender holds nothing. Then, signed and valid, it is stored in one transaction:
 * the receipt, the call's contact (locked), and encrypted chunks (R9.1) read back from the staging
 * file — never the whole recording in memory.
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
     * stored). Headers and timestamp are checked before the body is read, the signature once all of
     * it has been, and only then is anything looked up.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Optional<UUID> upload(String callId, String contentType, String webhookId, BodySignature signature,
                                 InputStream body) throws IOException {
        var format = AudioFormat.of(contentType).orElseThrow(() -> new IllegalArgumentException("No check for " + contentType));
        long maxBytes = config.recordings().maxBytes().asLongValue();
        try (var staged = StagedRecording.create()) {
            var sha256 = sha256();
            var buffer = new byte[RecordingChunks.CHUNK_BYTES];
            long total = 0;
            try (var out = staged.writer()) {
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
                    out.write(buffer, 0, filled);
                }
            }
            signature.verify();
            var problem = format.problem();
            if (problem != null) {
                throw new RecordingRefusedException(RecordingRefusedException.Reason.INVALID_AUDIO, problem);
            }
            var upload = new Verified(callId, contentType, webhookId, total, HexFormat.of().formatHex(sha256.digest()));
            return QuarkusTransaction.requiringNew().timeout(config.recordings().uploadTimeoutSeconds())
                    .call(() -> store(upload, staged));
        }
    }

    private Optional<UUID> store(Verified upload, StagedRecording staged) throws IOException {
        if (!receipts.firstReceipt(WebhookSource.TELEPHONY, upload.webhookId())) {
            return Optional.empty();
        }
        var contact = contacts.findForUpdate(Channel.PHONE, upload.callId())
                .orElseThrow(() -> new UnknownCallException(upload.callId()));
        if (store.ofContact(contact.id).isPresent()) {
            throw new RecordingRefusedException(RecordingRefusedException.Reason.ALREADY_STORED,
                    "Call " + upload.callId() + " already has its recording.");
        }
        var key = keys.of(contact.subjectId);
        var recordingId = store.create(contact.id, upload.contentType(), Instant.now(clock));
        var buffer = new byte[RecordingChunks.CHUNK_BYTES];
        try (var in = staged.reader()) {
            int seq = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                chunks.write(recordingId, seq++, key, buffer, filled);
            }
        }
        store.complete(recordingId, upload.bytes(), upload.sha256());
        // Synchronous, inside this transaction: the hand-off it starts is recorded with the audio, or neither (R7.1).
        stored.fire(new RecordingStored(recordingId, contact.id, upload.contentType()));
        return Optional.of(recordingId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staged upload whose signature and format held. */
    private record Verified(String callId, String contentType, String webhookId, long bytes, String sha256) {
    }
}
