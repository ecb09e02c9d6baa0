package fi.servicedesk.redaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CorpusEntryRepository implements PanacheRepository<CorpusEntry> {

    /** The page of entries after {@code cursor}, in cursor order. */
    public List<CorpusEntry> pageAfter(long cursor, int limit) {
        return find("id > ?1 order by id", cursor).page(0, limit).list();
    }
}
