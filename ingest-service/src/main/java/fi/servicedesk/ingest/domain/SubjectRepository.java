package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.time.TimestampParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import org.hibernate.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    /** The columns {@link #copyOf} reads, in its order, after the id. */
    static final String COLUMNS = """
            name_enc, email_enc, username_enc, phone_enc, email_index, username_index, phone_index, objected_at, purpose,
            stored_at""";

    /** The transaction's session, injected once: Panache's look-up of it by entity class cost more a call. */
    private final Session session;

    SubjectRepository(Session session) {
        this.session = session;
    }

    public List<Subject> byEmailIndex(String index) {
        return list("emailIndex", index);
    }

    public List<Subject> byUsernameIndex(String index) {
        return list("usernameIndex", index);
    }

    public List<Subject> byPhoneIndex(String index) {
        return list("phoneIndex", index);
    }

    /**
     * As a look-up by {@link #byEmailIndex}, then {@link #byUsernameIndex}, then {@link #byPhoneIndex}
     * would find it, by one statement of plain SQL: a copy the session does not manage.
     */
    public Optional<Subject> findAnyCopy(String emailIndex, String usernameIndex, String phoneIndex) {
        return session.doReturningWork(connection -> {
            try (var select = connection.prepareStatement("select id, " + COLUMNS + """
                     from subject where email_index = ? or username_index = ? or phone_index = ?
                    order by email_index = ? is true desc, username_index = ? is true desc limit 1""")) {
                select.setString(1, emailIndex);
                select.setString(2, usernameIndex);
                select.setString(3, phoneIndex);
                select.setString(4, emailIndex);
                select.setString(5, usernameIndex);
                try (var row = select.executeQuery()) {
                    return row.next() ? Optional.of(copyOf(row, 2, row.getObject(1, UUID.class))) : Optional.empty();
                }
            }
        });
    }

    /** Stores a new subject by plain SQL: the session does not manage it, so it stores no later change of it. */
    public void insert(Subject subject) {
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into subject (id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, subject.id);
                insert.setBytes(2, subject.nameEnc);
                insert.setBytes(3, subject.emailEnc);
                insert.setBytes(4, subject.usernameEnc);
                insert.setBytes(5, subject.phoneEnc);
                insert.setString(6, subject.emailIndex);
                insert.setString(7, subject.usernameIndex);
                insert.setString(8, subject.phoneIndex);
                TimestampParameters.bind(insert, 9, subject.objectedAt);
                insert.setString(10, subject.purpose.name());
                TimestampParameters.bind(insert, 11, subject.storedAt);
                insert.executeUpdate();
            }
        });
    }

    /** A subject read by plain SQL: its {@link #COLUMNS} from column {@code first} on. */
    static Subject copyOf(ResultSet row, int first, UUID id) throws SQLException {
        var subject = new Subject();
        subject.id = id;
        subject.nameEnc = row.getBytes(first);
        subject.emailEnc = row.getBytes(first + 1);
        subject.usernameEnc = row.getBytes(first + 2);
        subject.phoneEnc = row.getBytes(first + 3);
        subject.emailIndex = row.getString(first + 4);
        subject.usernameIndex = row.getString(first + 5);
        subject.phoneIndex = row.getString(first + 6);
        subject.objectedAt = Columns.instant(row, first + 7);
        subject.purpose = Purpose.valueOf(row.getString(first + 8));
        subject.storedAt = Columns.instant(row, first + 9);
        return subject;
    }
}
