package fi.servicedesk.redaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

@ApplicationScoped
public class CorpusEntryRepository implements PanacheRepository<CorpusEntry> {

    /** A corpus entry to store: redacted text only (R8.2); {@code entityCounts} is a JSON object. */
    public record NewEntry(UUID sourceMessageId, String conversation, int sequence, String speaker, String language,
                           String channel, String text, String entityCounts) {
    }

    /** Stores {@code entries} in one statement, all stored at {@code storedAt}. */
    public void insertAll(List<NewEntry> entries, Instant storedAt) {
        getEntityManager().createNativeQuery("insert into corpus_entry"
                        + " (source_message_id, conversation, sequence, speaker, language, channel, text, entity_counts, stored_at)"
                        + " select m, c, q, s, l, h, t, cast(e as jsonb), :at from unnest(cast(:m as uuid[]), cast(:c as text[]),"
                        + " cast(:q as int[]), cast(:s as text[]), cast(:l as text[]), cast(:h as text[]), cast(:t as text[]),"
                        + " cast(:e as text[])) as n(m, c, q, s, l, h, t, e)")
                .setParameter("m", entries.stream().map(NewEntry::sourceMessageId).toArray(UUID[]::new))
                .setParameter("c", entries.stream().map(NewEntry::conversation).toArray(String[]::new))
                .setParameter("q", entries.stream().map(NewEntry::sequence).toArray(Integer[]::new))
                .setParameter("s", entries.stream().map(NewEntry::speaker).toArray(String[]::new))
                .setParameter("l", entries.stream().map(NewEntry::language).toArray(String[]::new))
                .setParameter("h", entries.stream().map(NewEntry::channel).toArray(String[]::new))
                .setParameter("t", entries.stream().map(NewEntry::text).toArray(String[]::new))
                .setParameter("e", entries.stream().map(NewEntry::entityCounts).toArray(String[]::new))
                .setParameter("at", storedAt)
                .executeUpdate();
    }

    /** The page of entries after {@code cursor}, in cursor order. */
    public List<CorpusEntry> pageAfter(long cursor, int limit) {
        return find("id > ?1 order by id", cursor).page(0, limit).list();
    }

    /** The id of the last entry of the page after {@code cursor}, read from the index alone. */
    public OptionalLong lastIdOfPage(long cursor, int limit) {
        var last = getEntityManager().createNativeQuery(
                        "select max(id) from (select id from corpus_entry where id > :c order by id limit :l) page")
                .setParameter("c", cursor)
                .setParameter("l", limit)
                .getSingleResult();
        return last == null ? OptionalLong.empty() : OptionalLong.of(((Number) last).longValue());
    }
}
