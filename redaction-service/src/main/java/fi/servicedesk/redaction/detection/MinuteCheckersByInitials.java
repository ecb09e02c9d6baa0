package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * "Tarkastettu: PST IRS", "Justeras: RESN ISH": the minutes' checkers sign by their initials, which still point at
 * them (R3.2). After the checking label, a line that holds nothing but words of two to five capitals (parted by spaces,
 * commas, slashes or "ja/och/and", a full stop at its end) holds the checkers' initials; a line with anything else, or
 * with an acronym ("Checked: DNS, VPN", "Tarkastettu: ALV"), is left to the other rules. One checker alone is read only
 * after a minutes' own label: the English "Checked:" is also a checklist's, so it needs two.
 */
final class MinuteCheckersByInitials {

    /** The minutes' labels before their checkers: "Tarkastettu:", "Tarkastajat:", "Justeras:", "Justerat:". */
    private static final Set<String> MINUTES_CHECKING_LABELS = Set.of("tarkastettu", "tarkastajat",
            "pöytäkirjantarkastajat", "justeras", "justerat", "justerare");
    /** A label of minutes and checklists alike. */
    private static final String CHECKED = "checked";
    /** The fewest initials after a label that checklists share. */
    private static final int FEWEST_AFTER_CHECKLIST_LABEL = 2;
    /** Words that join the two checkers. */
    private static final Set<String> JOINING_WORDS = Set.of("ja", "och", "and");

    private MinuteCheckersByInitials() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int colon = tokens.end(t);
            if (colon < text.length() && text.charAt(colon) == ':') {
                String label = word(text, tokens, t);
                int fewest = MINUTES_CHECKING_LABELS.contains(label) ? 1
                        : CHECKED.equals(label) ? FEWEST_AFTER_CHECKLIST_LABEL : 0;
                if (fewest > 0) {
                    markInitialsLine(text, tokens, lexicon, words, names, t + 1, Characters.lineEnd(text, colon), fewest);
                }
            }
        }
    }

    private static void markInitialsLine(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words,
            boolean[] names, int first, int lineEnd, int fewest) {
        int last = first;
        while (last < tokens.size() && tokens.start(last) < lineEnd) {
            last++;
        }
        if (last == first || countInitials(text, tokens, first, last, lineEnd) < fewest) {
            return;
        }
        for (int t = first; t < last; t++) {
            if (!JOINING_WORDS.contains(word(text, tokens, t))) {
                names[t] = true;
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
            }
        }
    }

    /**
     * How many of the words {@code [first, last)} are initials, or 0 where one is neither initials nor a joining word,
     * is an acronym, or where anything but separators (and a full stop at the end) stands between them.
     */
    private static int countInitials(String text, Tokens tokens, int first, int last, int lineEnd) {
        int initials = 0;
        for (int t = first; t < last; t++) {
            boolean isInitials = AttendeesByInitials.isInitials(text, tokens, t);
            if (isInitials && SignOffInitials.ACRONYMS.contains(text, tokens.start(t), tokens.end(t))
                    || !isInitials && !JOINING_WORDS.contains(word(text, tokens, t))) {
                return 0;
            }
            initials += isInitials ? 1 : 0;
            int gapEnd = t + 1 < last ? tokens.start(t + 1) : lineEnd;
            for (int i = tokens.end(t); i < gapEnd; i++) {
                if (" ,/\r".indexOf(text.charAt(i)) < 0 && !(gapEnd == lineEnd && text.charAt(i) == '.')) {
                    return 0;
                }
            }
        }
        return initials;
    }

    private static String word(String text, Tokens tokens, int t) {
        return text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
    }
}
