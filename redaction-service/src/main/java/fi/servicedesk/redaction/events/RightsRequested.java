package fi.servicedesk.redaction.events;

import java.time.Instant;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.rights.{access,erasure,objection,rectification}-requested.v1,
 * as this service reads them: the four share requestId, subject and requestedAt. The holds of an
 * erasure or objection concern purpose-A data, which this service does not hold, and the sealed
 * value of a rectification an identifier it does not keep: neither is read.
 */
public record RightsRequested(UUID requestId, SubjectHashes subject, Instant requestedAt, Reply reply) {

    public static final String ACCESS = "fi.servicedesk.rights.access-requested.v1";
    public static final String ERASURE = "fi.servicedesk.rights.erasure-requested.v1";
    public static final String OBJECTION = "fi.servicedesk.rights.objection-requested.v1";
    public static final String RECTIFICATION = "fi.servicedesk.rights.rectification-requested.v1";

    /** The matching hash of each identifier (contracts/README.md), null where not given. */
    public record SubjectHashes(String email, String username, String phone, String name) {
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
