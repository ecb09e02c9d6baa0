package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A capitalised word right before a noun that only software or a service has is the software's name, however much
 * it looks like a person's: "RE: Jarvis outage", "Uche to renew Alfred licences", "the Joplin upgrade", "Athena
 * rollout", "the VPN Cassandra nodes". English names a system by putting its name before the noun; a person's thing
 * takes the possessive ("Pekka's upgrade"), and the nouns are none a person is said to have (not "login" or
 * "account", which a hasty writer puts after a person's name: "Pekka login fails"). A word beside another name is
 * left to the name rules ("Mary Jarvis"). Finnish and Swedish join such a name to its noun with a hyphen
 * ("Jarvis-päivitys", "Jarvis-uppgraderingen": {@link CompoundNouns}).
 */
final class SoftwareBeforeItsNouns {

    /** Nouns of a system's life that no person has, in English. */
    private static final WordSet NOUNS = WordSet.of(Set.of("outage", "outages", "downtime", "upgrade", "upgrades",
            "rollout", "rollouts", "migration", "licences", "licenses", "nodes", "instance", "instances", "cluster",
            "deployment", "deployments", "patching", "release", "releases", "integration", "changelog"));

    private SoftwareBeforeItsNouns() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                    && NOUNS.contains(text, tokens.start(t + 1), tokens.end(t + 1)) && !besideName(tokens, names, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean besideName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1);
    }
}
