package fi.servicedesk.rights.events;

/**
 * A subject as commands and holds name it: the matching hash (contracts/README.md, "Matching
 * hashes") of each verified identifier, null where not given; never the identifiers themselves.
 */
public record SubjectHashes(String email, String username, String phone, String name) {
}
