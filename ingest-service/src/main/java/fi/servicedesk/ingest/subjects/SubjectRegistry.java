package fi.servicedesk.ingest.subjects;

import fi.servicedesk.ingest.crypto.BlindIndex;
import fi.servicedesk.ingest.config.HaltPoints;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.ingest.crypto.SubjectKey;
import fi.servicedesk.ingest.domain.Purpose;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.domain.SubjectRepository;
import fi.servicedesk.ingest.events.RightsRequested.SubjectHashes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Finds, makes and changes subjects; identifiers go in encrypted and blind-indexed (R9.1). */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRegistry {

    static final String EMAIL = "email";
    static final String USERNAME = "username";
    static final String PHONE = "phone";
    static final String NAME = "name";

    private final SubjectRepository subjects;
    private final DataKeys keys;
    private final BlindIndex index;
    private final EntityManager entityManager;
    private final Clock clock;
    private final KeyShredding shredding;
    private final HaltPoints halts;

    SubjectRegistry(SubjectRepository subjects, DataKeys keys, BlindIndex index, EntityManager entityManager, Clock clock,
                    KeyShredding shredding, HaltPoints halts) {
        this.shredding = shredding;
        this.halts = halts;
        this.subjects = subjects;
        this.entityManager = entityManager;
        this.keys = keys;
        this.index = index;
        this.clock = clock;
    }

    /** A new subject with its own data key, holding the given identifiers (possibly none yet). */
    public Subject create(Identifiers identifiers) {
        var subject = made(identifiers);
        subjects.persist(subject);
        return subject;
    }

    /**
     * As {@link #create}, stored at once by plain SQL and not managed by the session: for a writer
     * that changes it no more (a conversation's first message).
     */
    public Subject insert(Identifiers identifiers) {
        var subject = made(identifiers);
        subjects.insert(subject);
        return subject;
    }

    private Subject made(Identifiers identifiers) {
        var subject = new Subject();
        subject.id = UUID.randomUUID();
        subject.purpose = Purpose.A;
        subject.storedAt = Instant.now(clock);
        var key = keys.create(subject.id);
        halts.reached("key-created");
        complete(subject, key, identifiers);
        return subject;
    }

    /** The subject one of these identifiers already belongs to (e-mail first, then user name, then phone). */
    public Optional<Subject> findAny(Identifiers identifiers) {
        return candidates(hashesOf(identifiers)).stream().flatMap(List::stream).findFirst();
    }

    /** As {@link #findAny}, by one statement of plain SQL: a copy the session does not manage. */
    public Optional<Subject> findAnyCopy(Identifiers identifiers) {
        return subjects.findAnyCopy(index.of(EMAIL, identifiers.email()), index.of(USERNAME, identifiers.username()),
                index.of(PHONE, identifiers.phone()));
    }

    /** The matching hashes of these identifiers (contracts/README.md), as a rights command would name them. */
    public SubjectHashes hashesOf(Identifiers identifiers) {
        return new SubjectHashes(index.of(EMAIL, identifiers.email()), index.of(USERNAME, identifiers.username()),
                index.of(PHONE, identifiers.phone()), index.of(NAME, lowerName(identifiers.name())));
    }

    /**
     * R10.5: every subject the request covers — one that a given identifier (e-mail, user name,
     * phone) belongs to and that no given identifier contradicts (another value of the same kind, or
     * another name). Rights-service verified each given identifier, so each is the requester's: a
     * person known here as several subjects (an e-mail in a chat and a phone in a call, or duplicates
     * made before identification was serialised) is covered whole, while a subject holding another
     * e-mail, phone or name than the requester's is someone else and left out.
     */
    public List<Subject> matching(SubjectHashes given) {
        var found = new LinkedHashMap<UUID, Subject>();
        candidates(given).forEach(list -> list.forEach(subject -> found.putIfAbsent(subject.id, subject)));
        return found.values().stream().filter(subject -> consistentWith(subject, given)).toList();
    }

    /**
     * Serialises identification per identifier: a person's first messages in several chats at once
     * would each see no subject yet and each make one (access and erasure would then miss data).
     * A transaction-scoped advisory lock on each blind index makes the second transaction wait and
     * then find the first's subject; taken in sorted order, so two transactions never wait crosswise.
     */
    public void lockIdentifiers(Identifiers identifiers) {
        var lockKeys = lookupIndexes(identifiers).stream().map(SubjectRegistry::lockKey).sorted().toList();
        session().doWork(connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                for (var lockKey : lockKeys) {
                    lock.setLong(1, lockKey);
                    lock.executeQuery().close();
                }
            }
        });
    }

    /** The first 64 bits of the HMAC: uniform, and a rare collision only makes two identifiers wait for each other. */
    private static long lockKey(String blindIndex) {
        return Long.parseUnsignedLong(blindIndex.substring(0, 16), 16);
    }

    /** The subject's identifiers opened with its key: no look-up, so no transaction is needed (a static method is not intercepted). */
    public static Identifiers identifiersOf(Subject subject, SubjectKey key) {
        return new Identifiers(key.decryptIdentifier(NAME, subject.nameEnc), key.decryptIdentifier(EMAIL, subject.emailEnc),
                key.decryptIdentifier(USERNAME, subject.usernameEnc), key.decryptIdentifier(PHONE, subject.phoneEnc));
    }

    /**
     * True when the subject already has a value of every kind offered, so {@link #complete} would
     * change nothing: its blind indexes, and so its objection check, stay as they were.
     */
    public static boolean holdsEveryKindOf(Subject subject, Identifiers offered) {
        return (offered.name() == null || subject.nameEnc != null)
                && (offered.email() == null || subject.emailEnc != null)
                && (offered.username() == null || subject.usernameEnc != null)
                && (offered.phone() == null || subject.phoneEnc != null);
    }

    /** Adds the identifiers the subject does not have yet; what it has is kept (first known wins). */
    public void complete(Subject subject, SubjectKey key, Identifiers offered) {
        if (subject.nameEnc == null && offered.name() != null) {
            subject.nameEnc = key.encryptText(NAME, offered.name());
        }
        if (subject.emailEnc == null && offered.email() != null) {
            setEmail(subject, key, offered.email());
        }
        if (subject.usernameEnc == null && offered.username() != null) {
            setUsername(subject, key, offered.username());
        }
        if (subject.phoneEnc == null && offered.phone() != null) {
            setPhone(subject, key, offered.phone());
        }
        if (subject.objectedAt == null && objectedBefore(subject)) {
            subject.objectedAt = Instant.now(clock);
        }
    }

    /** R10.2: replaces one identifier, re-encrypted and re-indexed. */
    public void rectify(Subject subject, SubjectKey key, String field, String newValue) {
        var value = Identifiers.normalised(newValue, newValue, newValue, newValue);
        switch (field) {
            case NAME -> subject.nameEnc = key.encryptText(NAME, value.name());
            case EMAIL -> setEmail(subject, key, value.email());
            case USERNAME -> setUsername(subject, key, value.username());
            case PHONE -> setPhone(subject, key, value.phone());
            default -> throw new IllegalArgumentException("Not an identifier: " + field);
        }
    }

    /**
     * R4.1: from now on nothing of this subject goes to purpose B; its blind indexes are kept, so
     * a later contact by the same person is recognised as objected even after erasure.
     */
    public void markObjected(Subject subject) {
        var now = Instant.now(clock);
        if (subject.objectedAt == null) {
            subject.objectedAt = now;
        }
        for (var blindIndex : indexesOf(subject)) {
            entityManager.createNativeQuery(
                            "insert into objected_identity (blind_index, objected_at) values (:index, :at) on conflict do nothing")
                    .setParameter("index", blindIndex).setParameter("at", now).executeUpdate();
        }
    }

    /** Plain SQL: objected_identity has no entity, so the session need not be flushed first. */
    private boolean objectedBefore(Subject subject) {
        var indexes = indexesOf(subject);
        return !indexes.isEmpty() && session().doReturningWork(connection -> {
            try (var select = connection.prepareStatement("select exists (select 1 from objected_identity where blind_index = any(?))")) {
                select.setArray(1, connection.createArrayOf("text", indexes.toArray()));
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static List<String> indexesOf(Subject subject) {
        return java.util.stream.Stream.of(subject.emailIndex, subject.usernameIndex, subject.phoneIndex)
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Removes the subject and shreds its key once the removal commits: whatever copies of its data
     * remain can then no longer be read (R9.3).
     */
    public void forget(Subject subject, KeyShredding.Work work) {
        subjects.delete(subject);
        subjects.flush();
        shredding.afterCommit(work, List.of(subject.id));
    }

    private void setEmail(Subject subject, SubjectKey key, String email) {
        subject.emailEnc = key.encryptText(EMAIL, email);
        subject.emailIndex = index.of(EMAIL, email);
    }

    private void setUsername(Subject subject, SubjectKey key, String username) {
        subject.usernameEnc = key.encryptText(USERNAME, username);
        subject.usernameIndex = index.of(USERNAME, username);
    }

    private void setPhone(Subject subject, SubjectKey key, String phone) {
        subject.phoneEnc = key.encryptText(PHONE, phone);
        subject.phoneIndex = index.of(PHONE, phone);
    }

    private boolean consistentWith(Subject subject, SubjectHashes given) {
        if (contradicts(subject.emailIndex, given.email()) || contradicts(subject.usernameIndex, given.username())
                || contradicts(subject.phoneIndex, given.phone())) {
            return false;
        }
        if (given.name() == null || subject.nameEnc == null) {
            return true;
        }
        var stored = keys.of(subject.id).decryptText(NAME, subject.nameEnc);
        return index.of(NAME, lowerName(stored)).equals(given.name());
    }

    /** The contract compares names trimmed and lower-cased; the stored name keeps its case for display. */
    private static String lowerName(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean contradicts(String storedIndex, String givenIndex) {
        return storedIndex != null && givenIndex != null && !storedIndex.equals(givenIndex);
    }

    /** The blind indexes of the look-up identifiers given (e-mail, user name, phone). */
    private List<String> lookupIndexes(Identifiers identifiers) {
        return java.util.stream.Stream.of(index.of(EMAIL, identifiers.email()), index.of(USERNAME, identifiers.username()),
                index.of(PHONE, identifiers.phone())).filter(java.util.Objects::nonNull).toList();
    }

    /** One list of matching subjects per look-up hash given (e-mail, user name, phone). */
    private List<List<Subject>> candidates(SubjectHashes hashes) {
        var lists = new ArrayList<List<Subject>>();
        if (hashes.email() != null) {
            lists.add(subjects.byEmailIndex(hashes.email()));
        }
        if (hashes.username() != null) {
            lists.add(subjects.byUsernameIndex(hashes.username()));
        }
        if (hashes.phone() != null) {
            lists.add(subjects.byPhoneIndex(hashes.phone()));
        }
        return lists;
    }
}
