package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * "Tarkastettu: PST IRS", "Justeras: RESN ISH": the minutes' checkers sign by their initials, which still point at
 * them (R3.2). After the checking label, a line that holds nothing but words of two to five capitals (parted by spaces,
 * commas, slashes or "ja/och/and") holds the checkers' initials; a line with anything else is left to the other rules.
 */
final class MinuteCheckersByInitials {

    /** Labels before the minutes' checkers: "Tarkastettu:", "Tarkastajat:", "Justeras:", "Justerat:", "Checked:". */
    private static final Set<String> CHECKING_LABELS = Set.of("tarkastettu", "tarkastajat", "pöytäkirjantarkastajat",
            "justeras", "justerat", "justerare", "checked");
    /** Words that join the two checkers. */
    private static final Set<String> JOINING_WORDS = Set.of("ja", "och", "and");

    private MinuteCheckersByInitials() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int colon = tokens.end(t);
            if (colon < text.length() && text.charAt(colon) == ':' && isCheckingLabel(text, tokens, t)) {
                markInitialsLine(text, tokens, lexicon, words, names, t + 1, Characters.lineEnd(text, colon));
            }
        }
    }

    private static boolean isCheckingLabel(String text, Tokens tokens, int t) {
        return CHECKING_LABELS.contains(word(text, tokens, t));
    }

    private static void markInitialsLine(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words,
            boolean[] names, int first, int lineEnd) {
        int last = first;
        while (last < tokens.size() && tokens.start(last) < lineEnd) {
            last++;
        }
        if (last == first || !onlyInitials(text, tokens, first, last, lineEnd)) {
            return;
        }
        for (int t = first; t < last; t++) {
            if (!JOINING_WORDS.contains(word(text, tokens, t))) {
                names[t] = true;
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
            }
        }
    }

    /** Whether the words {@code [first, last)} are initials or joining words, with only separators between them. */
    private static boolean onlyInitials(String text, Tokens tokens, int first, int last, int lineEnd) {
        int initials = 0;
        for (int t = first; t < last; t++) {
            boolean isInitials = AttendeesByInitials.isInitials(text, tokens, t);
            if (!isInitials && !JOINING_WORDS.contains(word(text, tokens, t))) {
                return false;
            }
            initials += isInitials ? 1 : 0;
            int gapEnd = t + 1 < last ? tokens.start(t + 1) : lineEnd;
            for (int i = tokens.end(t); i < gapEnd; i++) {
                if (" ,/\r".indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return initials > 0;
    }

    private static String word(String text, Tokens tokens, int t) {
        return text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
    }
}
