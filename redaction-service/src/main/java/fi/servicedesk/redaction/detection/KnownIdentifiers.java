package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the caller already knows identifies someone in the text: full names (the subject's,
 * the agent's) and user names (a user name, an e-mail's local part).
 */
public record KnownIdentifiers(List<String> names, List<String> usernames) {

    public static final KnownIdentifiers NONE = new KnownIdentifiers(List.of(), List.of());
    private static final Pattern LOCAL_PART_SEPARATORS = Pattern.compile("[._-]");
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*)*|\\p{L}+(?:\\s+\\p{L}+)+");

    public KnownIdentifiers {
        names = List.copyOf(names);
        usernames = List.copyOf(usernames);
    }

    /** From an event's identifiers; any of them may be null. */
    public static KnownIdentifiers of(String subjectName, String email, String username, String agentName) {
        var names = new ArrayList<String>();
        var usernames = new ArrayList<String>();
        addIfPresent(names, subjectName);
        addIfPresent(names, agentName);
        addIfPresent(usernames, username);
        addEmail(email, names, usernames);
        return new KnownIdentifiers(names, usernames);
    }

    /**
     * From loose strings (the API's {@code knownIdentifiers}): an address gives its local part,
     * a capitalised or several-word string is a name, anything else a user name.
     */
    public static KnownIdentifiers classify(Collection<String> identifiers) {
        var names = new ArrayList<String>();
        var usernames = new ArrayList<String>();
        for (var identifier : identifiers) {
            var trimmed = identifier == null ? "" : identifier.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.contains("@")) {
                addEmail(trimmed, names, usernames);
            } else if (NAME_LIKE.matcher(trimmed).matches()) {
                names.add(trimmed);
            } else {
                usernames.add(trimmed);
            }
        }
        return new KnownIdentifiers(names, usernames);
    }

    private static void addEmail(String email, List<String> names, List<String> usernames) {
        if (email == null || email.indexOf('@') <= 0) {
            return;
        }
        var local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        usernames.add(local);
        // "matti.virtanen" names its owner as surely as the name field does; "mvirtanen" is a user name only.
        var parts = LOCAL_PART_SEPARATORS.split(local);
        for (var part : parts.length > 1 ? parts : new String[0]) {
            if (part.length() > 1 && part.chars().allMatch(Character::isLetter)) {
                names.add(part);
            }
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    public boolean isEmpty() {
        return names.isEmpty() && usernames.isEmpty();
    }

    /*
     * Written out rather than the record's own: the engine looks up every message's identifiers in
     * its cache of detectors, and the generated methods go through method handles the JIT did not
     * inline there (6-8 % of the engine's samples on the evaluation set).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof KnownIdentifiers known && names.equals(known.names)
                && usernames.equals(known.usernames);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + usernames.hashCode();
    }
}
