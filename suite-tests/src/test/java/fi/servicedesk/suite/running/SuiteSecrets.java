package fi.servicedesk.suite.running;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The running local suite's user passwords, from $SUITE_HOME/secrets.env (bin/suite generates them). */
final class SuiteSecrets {

    private SuiteSecrets() {
    }

    static String password(String user) {
        var name = "SUITE_USER_PASSWORD_" + user.toUpperCase(Locale.ROOT) + "=";
        var fromEnvironment = System.getenv(name.substring(0, name.length() - 1));
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
