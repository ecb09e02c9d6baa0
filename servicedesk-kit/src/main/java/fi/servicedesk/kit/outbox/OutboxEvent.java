package fi.servicedesk.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published; the row id is the CloudEvent id. */
@Entity
@Table(name = "outbox")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "ce_type")
    public String type;

    @Column(name = "ce_subject")
    public String subject;

    /** CloudEvents extension attributes as a JSON object of strings, or null. */
    public String extensions;

    /** The JSON payload, or null when it is sealed. */
    public String payload;

    /** Which key sealed the payload (PayloadSeal), or null. */
    @Column(name = "key_ref")
    public String keyRef;

    /** The sealed JSON payload, or null. */
    @Column(name = "sealed_payload")
    public byte[] sealedPayload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "parked_reason")
    public String parkedReason;
}
