package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A handle in parentheses after the two names of its owner, in any case, as chat writers sign or name someone: "tomi
 * virta (tomi2014)", "Iina Korpinen (ikorpi_92)", "ari-pekka aho (xaripekkax90)" (R8.2). The handle has a handle's
 * marks, a digit, an underscore or a dot, and holds the start of one of the names (its first three letters, without
 * marks or hyphens); neither word before it is an ordinary Finnish or English word ("Windows Server (win2019)"),
 * unless the handle holds the start of both capitalised words ("Hotti-Petri Tervaoja (hotterv.kuski)": a Finnish
 * surname is often a compound of nature words).
 * {@link UsernameDetector} reads the logins made wholly of a capitalised owner's names.
 */
final class LoginsInParentheses {

    private static final Pattern AFTER_ITS_OWNER = Pattern.compile(
            "(\\p{L}[\\p{L}'’-]+) (\\p{L}[\\p{L}'’-]+) \\(([\\p{Ll}0-9][\\p{Ll}0-9._-]{2,40})\\)");
    /** How many letters of a name the handle must hold: "tom" of "tomi". */
    private static final int NAMES_START = 3;

    private LoginsInParentheses() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has('(')) {
            return;
        }
        var text = message.value();
        var m = AFTER_ITS_OWNER.matcher(text);
        while (m.find()) {
            var handle = m.group(3);
            boolean first = holdsStartOf(handle, m.group(1));
            boolean second = holdsStartOf(handle, m.group(2));
            boolean names = first && second && writtenAsNames(text, m.start(1), m.start(2), m.end(2));
            if (hasMarks(handle) && (first || second) && (names
                    || !ordinary(text, m.start(1), m.end(1), lexicon) && !ordinary(text, m.start(2), m.end(2), lexicon))) {
                findings.add(new Finding(EntityType.USERNAME, m.start(3), m.end(3), handle.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static boolean hasMarks(String handle) {
        for (int i = 0; i < handle.length(); i++) {
            char c = handle.charAt(i);
            if (Scan.isDigit(c) || c == '_' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Both words capitalised, as names are written, and the second no English word: a handle holding the start of both
     * is made of them, even where a dictionary reads a surname as the compound of common words it was made of
     * ("Tervaoja", "Kaskisuo"); not "Windows Server (winser.2019)".
     */
    private static boolean writtenAsNames(String text, int first, int second, int end) {
        return Character.isUpperCase(text.charAt(first)) && Character.isUpperCase(text.charAt(second))
                && !EnglishWords.contains(text, second, end);
    }

    private static boolean holdsStartOf(String handle, String name) {
        var letters = AddressLocalParts.foldedLetters(name);
        return letters.length() >= NAMES_START && handle.contains(letters.substring(0, NAMES_START));
    }

    private static boolean ordinary(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return !w.isName() && (w.is(NameLexicon.Word.COMMON) || EnglishWords.contains(text, start, end));
    }
}
