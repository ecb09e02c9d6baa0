package fi.servicedesk.redaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
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

    /** How many findings of each entity type the redaction replaced. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "entity_counts")
    public Map<String, Integer> entityCounts;

    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;
}
