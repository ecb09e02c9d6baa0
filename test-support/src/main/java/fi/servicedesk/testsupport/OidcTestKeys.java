package fi.servicedesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A real RSA key pair for the test JVM: quarkus-oidc verifies bearer tokens with the public
 * half, {@link TestTokens} signs them with the private half, exactly as the local suite does.
 */
public class OidcTestKeys implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://servicedesk.test/issuer";
    private static KeyPair keyPair;

    public static synchronized KeyPair keyPair() {
        if (keyPair == null) {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keyPair = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keyPair;
    }

    @Override
    public Map<String, String> start() {
        var publicKey = Base64.getEncoder().encodeToString(keyPair().getPublic().getEncoded());
        return Map.of(
                "quarkus.oidc.public-key", publicKey,
                "quarkus.oidc.token.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }
}
