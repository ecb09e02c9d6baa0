package fi.servicedesk.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/** Signed bearer tokens for tests, with the roles (groups claim) a caller has. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String subject, String... roles) {
        return Jwt.issuer(OidcTestKeys.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30))
                .sign(OidcTestKeys.keyPair().getPrivate());
    }

    /** A token whose subject is named after its first role, e.g. {@code dpo-user}. */
    public static String forRole(String role) {
        return token(role + "-user", role);
    }
}
