package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    public int nextSeq(UUID contactId) {
        Integer last = find("select max(seq) from Message where contactId = ?1", contactId)
                .project(Integer.class).firstResult();
        return last == null ? 1 : last + 1;
    }

    public List<Message> ofContact(UUID contactId) {
        return list("contactId = ?1 order by seq", contactId);
    }
}
