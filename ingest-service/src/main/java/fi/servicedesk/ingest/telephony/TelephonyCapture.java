package fi.servicedesk.ingest.telephony;

import fi.servicedesk.ingest.capture.Conversations;
import fi.servicedesk.ingest.capture.Transcripts;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.UnknownCallException;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.subjects.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stores what the telephony platform reports (R6.1): a completed call as a PHONE contact, and its transcript. */
@ApplicationScoped
@Transactional
public class TelephonyCapture {

    private final WebhookReceipts receipts;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final ContactRepository contacts;

    TelephonyCapture(WebhookReceipts receipts, Conversations conversations, Transcripts transcripts,
                     ContactRepository contacts) {
        this.receipts = receipts;
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.contacts = contacts;
    }

    /**
     * Returns false, having changed nothing, when this webhook id was already received. A
     * transcript of a call not reported as completed throws {@link UnknownCallException}, and the
     * transaction (receipt included) rolls back.
     */
    public boolean capture(String webhookId, TelephonyEvent event) {
        if (!receipts.firstReceipt(WebhookSource.TELEPHONY, webhookId)) {
            return false;
        }
        switch (event) {
            case TelephonyEvent.CallCompleted call -> completed(call);
            case TelephonyEvent.TranscriptCompleted transcript -> {
                var contact = contacts.findForUpdate(Channel.PHONE, transcript.callId())
                        .orElseThrow(() -> new UnknownCallException(transcript.callId()));
                transcripts.append(contact, transcript.language(), transcript.segments());
            }
        }
        return true;
    }

    private void completed(TelephonyEvent.CallCompleted call) {
        var caller = call.caller() == null ? new TelephonyEvent.Caller(null, null, null) : call.caller();
        // The caller's number is as much an identifier as the e-mail (R5.3), in any written form.
        var offered = Identifiers.normalised(caller.name(), caller.email(), caller.username(), call.from());
        var contact = conversations.open(Channel.PHONE, call.callId(), offered);
        conversations.identify(contact, offered);
        if (call.agent() != null) {
            conversations.agent(contact, call.agent().name());
        }
        contact.startedAt = call.startedAt();
        conversations.close(contact, call.endedAt());
    }
}
