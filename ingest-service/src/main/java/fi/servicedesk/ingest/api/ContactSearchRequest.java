package fi.servicedesk.ingest.api;

import java.time.Instant;

/**
 * The body of a dispute look-up (DESIGN §6: identifiers never travel in URLs, whose proxy and
 * ingress logs would keep them): at least one of e-mail, phone or user name, the reason (R9.2),
 * and optionally the period of the contacts' start.
 */
public record ContactSearchRequest(String email, String phone, String username, String reason, Instant from, Instant to) {
}
