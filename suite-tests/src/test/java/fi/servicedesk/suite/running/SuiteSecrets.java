package fi.servicedesk.suite.running;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The running local suite's secrets (user passwords, webhook secrets), from $SUITE_HOME/secrets.env (bin/suite generates them). */
final class SuiteSecrets {

    private SuiteSecrets() {
    }

    static String password(String user) {
        return get("SUITE_USER_PASSWORD_" + user.toUpperCase(Locale.ROOT));
    }

    /** The variable {@code variable} of secrets.env, or of the environment when set there. */
    static String get(String variable) {
        var name = variable + "=";
        var fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        var root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        var home = Path.of(System.getenv().getOrDefault("SUITE_HOME", root.resolve(".suite").toString()));
        try (var lines = Files.lines(home.resolve("secrets.env"))) {
            return lines.filter(l -> l.startsWith(name)).map(l -> l.substring(name.length())).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException(name + " is not in " + home.resolve("secrets.env")));
        } catch (IOException e) {
            throw new UncheckedIOException("bin/suite up writes the passwords; is the suite up?", e);
        }
    }
}
