package fi.servicedesk.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/**
 * Signed bearer tokens for tests, with the roles (groups claim) a caller has and the services it
 * is for (aud claim): each service accepts only tokens for its own audience.
 */
public final class TestTokens {

    /** The audience of each service, as its {@code quarkus.oidc.token.audience} names it. */
    public static final Set<String> EVERY_SERVICE =
            Set.of("ingest-service", "redaction-service", "retention-service", "rights-service");

    private TestTokens() {
    }

    public static String token(String subject, String... roles) {
        return forAudiences(EVERY_SERVICE, subject, roles);
    }

    /** A token for the services in {@code audiences} only. */
    public static String forAudiences(Set<String> audiences, String subject, String... roles) {
        return Jwt.issuer(OidcTestKeys.ISSUER)
                .audience(audiences)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30))
                .sign(OidcTestKeys.keyPair().getPrivate());
    }

    /** A token whose subject is named after its first role, e.g. {@code dpo-user}, for every service. */
    public static String forRole(String role) {
        return token(role + "-user", role);
    }

    /** A token of {@code role} for the one service whose audience is {@code audience}. */
    public static String forRole(String role, String audience) {
        return forAudiences(Set.of(audience), role + "-user", role);
    }
}
