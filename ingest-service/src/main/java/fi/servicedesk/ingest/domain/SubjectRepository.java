package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    public List<Subject> byEmailIndex(String index) {
        return list("emailIndex", index);
    }

    public List<Subject> byUsernameIndex(String index) {
        return list("usernameIndex", index);
    }

    public List<Subject> byPhoneIndex(String index) {
        return list("phoneIndex", index);
    }
}
