package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data of every rights command (contracts/schemas/fi.servicedesk.rights.{access,rectification,
 * erasure,objection}-requested.v1): they share this shape; only rectification has {@code rectification},
 * only erasure and objection {@code holds}. The subject comes as matching hashes, never identifiers.
 */
public record RightsRequested(UUID requestId, SubjectHashes subject, Instant requestedAt, List<Hold> holds,
                              Rectification rectification, Reply reply) {

    public static final String ACCESS = "fi.servicedesk.rights.access-requested.v1";
    public static final String RECTIFICATION = "fi.servicedesk.rights.rectification-requested.v1";
    public static final String ERASURE = "fi.servicedesk.rights.erasure-requested.v1";
    public static final String OBJECTION = "fi.servicedesk.rights.objection-requested.v1";

    /** The matching hash of each identifier (contracts/README.md), null where not given. */
    public record SubjectHashes(String email, String username, String phone, String name) {
    }

    /** A hold active when rights sent the command: on a contact, or on a subject's hashes (R3.1). */
    public record Hold(UUID holdId, UUID contactId, SubjectHashes subject) {
    }

    /** The identifier to replace and its new value, sealed (crypto/CommandSeal). */
    public record Rectification(String field, String sealedValue) {
    }

    /** Where the answer goes: the case's public key, the attempt, and the one owner asked again (null: all). */
    public record Reply(String publicKey, int attempt, String owner) {
    }

    /** A command asked again of one owner is for that owner only. */
    public boolean addressedTo(String service) {
        return reply == null || reply.owner() == null || reply.owner().equals(service);
    }

    public int attempt() {
        return reply == null ? 1 : reply.attempt();
    }
}
