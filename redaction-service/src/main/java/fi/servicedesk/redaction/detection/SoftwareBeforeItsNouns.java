package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A capitalised word right before a noun that only software or a service has is the software's name, however much
 * it looks like a person's: "RE: Jarvis outage", "Uche to renew Alfred licences", "the Joplin upgrade", "Athena
 * rollout", "the VPN Cassandra nodes", "a new Braille display", and so is one before the abbreviation of its kind ("Halo ITSM"). English names a system by putting its name before the noun; a person's thing
 * takes the possessive ("Pekka's upgrade"), and the nouns are none a person is said to have (not "login" or
 * "account", which a hasty writer puts after a person's name: "Pekka login fails"). A word beside another name is
 * left to the name rules ("Mary Jarvis"). Finnish and Swedish join such a name to its noun with a hyphen
 * ("Jarvis-päivitys", "Jarvis-uppgraderingen": {@link CompoundNouns}).
 */
final class SoftwareBeforeItsNouns {

    /** Nouns of a system's life that no person has, in English. */
    private static final WordSet NOUNS = WordSet.of(Set.of("outage", "outages", "downtime", "upgrade", "upgrades",
            "rollout", "rollouts", "migration", "licences", "licenses", "nodes", "instance", "instances", "cluster",
            "deployment", "deployments", "patching", "release", "releases", "integration", "changelog", "daemon", "daemons"));
    /**
     * A device's noun, also a verb ("Anna displays the results"): a device's only after an article or a device's
     * adjective before its name ("a new Braille display").
     */
    private static final WordSet DEVICE_NOUNS = WordSet.of(Set.of("display"));
    private static final WordSet BEFORE_DEVICES = WordSet.of(Set.of("a", "an", "the", "new", "old", "spare", "broken"));
    /**
     * The abbreviations of a kind of system, in capitals after its product's name ("Halo ITSM", "Lifecare EHR", "Moodle
     * LMS"): what the product is, never a person's initials, which take full stops.
     */
    private static final Set<String> SYSTEM_KINDS = Set.of("ITSM", "CRM", "ERP", "EHR", "EPR", "LMS", "HRIS", "PACS",
            "LIMS", "HRM", "HCM");
    private static final int LONGEST_SYSTEM_KIND = 4;

    private SoftwareBeforeItsNouns() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1)
                    && (isNoun(text, tokens, t + 1) || isSystemKind(text, tokens, t + 1) || isDevice(text, tokens, t))
                    && !besideName(tokens, names, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isNoun(String text, Tokens tokens, int t) {
        return tokens.isLowerCase(t) && NOUNS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** "a new Braille display": the name {@code t} between an article or a device's adjective and a device's noun. */
    private static boolean isDevice(String text, Tokens tokens, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && tokens.isLowerCase(t + 1)
                && BEFORE_DEVICES.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && DEVICE_NOUNS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    private static boolean isSystemKind(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_SYSTEM_KIND && SYSTEM_KINDS.contains(text.substring(tokens.start(t), tokens.end(t)));
    }

    private static boolean besideName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1);
    }
}
