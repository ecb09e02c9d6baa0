package fi.servicedesk.redaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One redacted message of the bot-development corpus (purpose B, R3.2). */
@Entity
@Table(name = "corpus_entry")
public class CorpusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_message_id")
    public UUID sourceMessageId;

    /** Keyed pseudonym of the contact: entries of one conversation stay together, unlinkable to it. */
    public String conversation;

    public int sequence;

    public String speaker;

    public String language;

    public String channel;

    /** Redacted text only (R8.2). */
    public String text;

    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;
}
