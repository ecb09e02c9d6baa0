package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The identifiers that came with the message (R5.1, R5.2): names in any case and Finnish
 * inflection, first and last names separately; user names as whole tokens, case-insensitively.
 * Built per message, because the identifiers differ per message.
 */
public final class KnownIdentifierDetector implements Detector {

    private final FinnishNameForms names;
    /**
     * An array, not a list: {@link #usernameAt} is asked for every token of a message that may hold
     * one, and a list's iterator there was most of what the engine allocated.
     */
    private final Fragment[] usernames;
    /**
     * The pair filter's bits of every name's stem openings and of every user name, one after the
     * other: a message passed over by both tests below is asked only this array. Most messages
     * hold no known identifier, and each conversation's detector is read cold.
     */
    private final long[] openings;

    public KnownIdentifierDetector(KnownIdentifiers known) {
        this.names = new FinnishNameForms(known.names());
        var distinct = new ArrayList<Fragment>();
        for (var username : known.usernames()) {
            if (username.length() > 1) {
                var lower = username.toLowerCase(Locale.ROOT);
                if (distinct.stream().noneMatch(seen -> seen.lower().equals(lower))) {
                    distinct.add(Fragment.of(lower));
                }
            }
        }
        usernames = distinct.toArray(Fragment[]::new);
        var stemOpenings = names.stemOpeningBits();
        openings = Arrays.copyOf(stemOpenings, stemOpenings.length + usernames.length * Text.PAIR_WORDS);
        for (int u = 0; u < usernames.length; u++) {
            System.arraycopy(Text.pairBits(usernames[u].lower()), 0, openings, stemOpenings.length + u * Text.PAIR_WORDS,
                    Text.PAIR_WORDS);
        }
    }

    @Override
    public void find(Text message, List<Finding> findings) {
        if (!mayHoldAny(message)) {
            return;
        }
        var text = message.value();
        if (!names.isEmpty()) {
            names.find(message, findings);
        }
        if (mayHoldAUsername(message)) {
            findUsernames(text, findings);
        }
    }

    /**
     * False when none of the identifiers can be in the message: no name part's opening (see
     * {@link FinnishNameForms#partMayOccur}) and no user name's pairs are in its pair filter, as
     * {@link #mayHoldAny} would find. Asked of the identifiers as they came, before the detector made
     * for them is looked up: most messages hold none, and the lookup compares the identifiers with
     * those of the detector's first message, reading both.
     */
    static boolean mayHoldAnyOf(KnownIdentifiers known, Text message) {
        var names = known.names();
        for (int k = 0; k < names.size(); k++) {
            var name = names.get(k);
            for (int i = 0; i < name.length(); ) {
                int start = i;
                while (i < name.length() && !FinnishNameForms.isPartSeparator(name.charAt(i))) {
                    i++;
                }
                if (i - start >= 2 && FinnishNameForms.partMayOccur(name, start, i, message)) {
                    return true;
                }
                i++;
            }
        }
        var usernames = known.usernames();
        for (int k = 0; k < usernames.size(); k++) {
            if (mayHold(usernames.get(k), message)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every pair of the user name's characters (lower-cased) may be in the message; see {@link Fragment#mayBeIn}. */
    private static boolean mayHold(String username, Text message) {
        if (username.length() < 2) {
            return false;
        }
        for (int i = 1; i < username.length(); i++) {
            char first = username.charAt(i - 1);
            char second = username.charAt(i);
            if (first >= 256 || second >= 256) {
                return true;
            }
            if (!message.mayContainPair(Text.fold(first), Text.fold(second))) {
                return false;
            }
        }
        return true;
    }

    /** False when neither a name's forms nor a user name can be in the message (the tests of FinnishNameForms and {@link #mayHoldAUsername}). */
    private boolean mayHoldAny(Text message) {
        for (int at = 0; at < openings.length; at += Text.PAIR_WORDS) {
            if (message.mayContain(openings, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayHoldAUsername(Text message) {
        for (var username : usernames) {
            if (username.mayBeIn(message)) {
                return true;
            }
        }
        return false;
    }

    private void findUsernames(String text, List<Finding> findings) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isTokenChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            // A sentence's full stop or a dash after the name is not part of it.
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            var username = usernameAt(text, start, end);
            if (username != null && (end == length || text.charAt(end) != '@')) {
                findings.add(new Finding(EntityType.USERNAME, start, end, username));
            }
        }
    }

    private String usernameAt(String text, int start, int end) {
        for (var fragment : usernames) {
            var username = fragment.lower();
            if (username.length() == end - start && Characters.regionMatchesIgnoringCase(text, start, username)) {
                return username;
            }
        }
        return null;
    }

    private static boolean isTokenChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
        }
        return Character.isLetterOrDigit(c);
    }
}
