package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A hymnal writes a hymn's or a song's authors beside its number or title, and they are part of the hymn, not people
 * in the message ("virsi 341 (Lina Sandell)", "psalm 62, text J. L. Runeberg", "virsi 338, san. Lina Sandell, säv.
 * Oskar Ahnfelt", "Amazing Grace (John Newton)", "Hymn 331, words Isaac Watts"): an order of service for a baptism, a
 * wedding or a funeral lists them so. After the word for a hymn, a psalm or a song ("virsi", "Suvivirsi", "psalm",
 * "hymn", or a list's label "Hymns:", "Virret:", "Psalmer:"), up to the clause's end (a semicolon or a line break),
 * the words in parentheses and the capitalised words after a byline's word ("san.", "säv.", "text", "words by",
 * "music", "ord") are the byline; a hymnal's label before its colon is no name either. The same names elsewhere in the
 * message are not this rule's: only the words inside the hymn's clause lose their marks.
 */
final class HymnBylines {

    /** A hymn's, a psalm's or a song's word, and the plurals a list of them is labelled with. */
    private static final WordSet HYMNS = WordSet.of(Set.of("hymn", "hymns", "psalm", "psalms", "psalmi", "psalmit",
            "psalmer", "psalmen", "virsi", "virret", "virren", "song", "songs", "laulu", "laulut", "sång", "sången",
            "sånger"));
    /** "Suvivirsi", "jouluvirsi": a Finnish compound naming a hymn ends in the word. */
    private static final String HYMN_ENDING = "virsi";
    /** The plurals that label a list of hymns ("Psalmer: psalm 62"), taken for a name when they open a line. */
    private static final WordSet LABELS = WordSet.of(Set.of("hymns", "psalms", "psalmit", "psalmer", "virret",
            "songs", "laulut", "sånger"));
    /**
     * Words that open a byline: who wrote the words or the tune, arranged or translated it; not "by" alone, which also
     * says who chose or asked for a hymn ("the hymn chosen by Anna Berg").
     */
    private static final WordSet BYLINES = WordSet.of(Set.of("san", "sanat", "säv", "sävel", "sävellys", "sov",
            "sovitus", "suom", "text", "words", "lyrics", "music", "tune", "arr", "ord", "musik", "melodi"));
    /** "words by Isaac Watts", "text av …": a small word between the byline's word and the name. */
    private static final WordSet BETWEEN = WordSet.of(Set.of("by", "av", "of"));
    /** How far after a hymn's word its clause may go: a number or a title and a byline. */
    private static final int LONGEST_CLAUSE = 100;
    /** The most words in parentheses that a byline holds ("Henry Francis Lyte", "J. L. Runeberg"). */
    private static final int LONGEST_BYLINE = 5;

    private HymnBylines() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            if (!isHymn(text, tokens, k)) {
                continue;
            }
            if (names[k] && tokens.end(k) < text.length() && text.charAt(tokens.end(k)) == ':' && isLabel(text, tokens, k)) {
                names[k] = false;
            }
            int clauseEnd = clauseEnd(text, tokens.end(k));
            for (int t = k + 1; t < n && tokens.start(t) < clauseEnd; t++) {
                int last = t - 1;
                if (text.charAt(tokens.start(t) - 1) == '(') {
                    last = inParentheses(text, tokens, t, clauseEnd);
                } else if (BYLINES.contains(text, tokens.start(t), tokens.end(t))) {
                    last = afterBylineWord(text, tokens, t, clauseEnd);
                }
                for (int j = t; j <= last; j++) {
                    names[j] = false;
                }
                t = Math.max(t, last);
            }
        }
    }

    /** "Hymns", "Virret", "Psalmer": a plural that labels a list of hymns or songs, their titles after the colon. */
    static boolean isLabel(String text, Tokens tokens, int t) {
        return (tokens.isLowerCase(t) || tokens.isCapitalised(t)) && LABELS.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean isHymn(String text, Tokens tokens, int k) {
        if (!(tokens.isLowerCase(k) || tokens.isCapitalised(k))) {
            return false;
        }
        return HYMNS.contains(text, tokens.start(k), tokens.end(k))
                || tokens.length(k) > HYMN_ENDING.length() && text.regionMatches(true, tokens.end(k) - HYMN_ENDING.length(), HYMN_ENDING, 0, HYMN_ENDING.length());
    }

    /** The first semicolon or line break after {@code from}, or {@link #LONGEST_CLAUSE} characters on. */
    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + LONGEST_CLAUSE);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return limit;
    }

    /**
     * The last word inside the parentheses that open before word {@code t} and close within the clause, a byline's
     * length at most and all capitalised ("(Anna-Mari Kaskinen)", not "(toive: Anna Berg)"); {@code t - 1} (none)
     * where they do not hold a byline so.
     */
    private static int inParentheses(String text, Tokens tokens, int t, int clauseEnd) {
        for (int j = t; j < tokens.size() && j - t < LONGEST_BYLINE && tokens.start(j) < clauseEnd && tokens.isCapitalised(j); j++) {
            int close = tokens.end(j);
            if (close < text.length() && text.charAt(close) == ')') {
                return j;
            }
        }
        return t - 1;
    }

    /**
     * The last word of the name after the byline's word {@code t} ("san. Lina Sandell", "words by Isaac Watts", "text
     * J. L. Runeberg"): capitalised words and initials parted by spaces, full stops or a colon; {@code t} where none
     * follows.
     */
    private static int afterBylineWord(String text, Tokens tokens, int t, int clauseEnd) {
        int j = t + 1;
        if (j < tokens.size() && BETWEEN.contains(text, tokens.start(j), tokens.end(j)) && onlyNameGlueBetween(text, tokens.end(t), tokens.start(j))) {
            j++;
        }
        int last = t;
        for (; j < tokens.size() && tokens.start(j) < clauseEnd && (tokens.isCapitalised(j) || NameWords.isInitial(text, tokens, j))
                && onlyNameGlueBetween(text, tokens.end(j - 1), tokens.start(j)); j++) {
            last = j;
        }
        return last;
    }

    /** Spaces, an initial's or an abbreviation's full stop and a label's colon: what parts a byline's words. */
    private static boolean onlyNameGlueBetween(String text, int end, int start) {
        if (start <= end) {
            return false;
        }
        for (int i = end; i < start; i++) {
            if (" .:".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
