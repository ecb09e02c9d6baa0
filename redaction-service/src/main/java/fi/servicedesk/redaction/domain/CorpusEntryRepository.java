package fi.servicedesk.redaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.OptionalLong;

@ApplicationScoped
public class CorpusEntryRepository implements PanacheRepository<CorpusEntry> {

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
