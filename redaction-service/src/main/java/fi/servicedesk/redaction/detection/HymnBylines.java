package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A hymnal writes a hymn's authors beside its number or title, and they are part of the hymn, not people in the
 * message ("virsi 341 (Lina Sandell)", "psalm 62, text av J. L. Runeberg", "virsi 338, san. Lina Sandell, säv. Oskar
 * Ahnfelt", "Amazing Grace (John Newton)", "Hymn 331, words by Isaac Watts"): an order of service for a baptism, a
 * wedding or a funeral lists them so. After the word for a hymn or a psalm ("virsi", "Suvivirsi", "psalm", "hymn", or
 * a list's label "Hymns:", "Virret:", "Psalmer:"), up to the clause's end (a semicolon or a line break), the byline is
 * the capitalised words in parentheses, and those after an abbreviated byline's word ("san.", "säv.", "sov.") or a
 * written one before "by", "av" or a colon, or after a comma ("words by", "text av", "sanat:", "62, text J. L.
 * Runeberg"); a list's label before its colon, a
 * hymnal's or a song book's ("Virret:", "Songs:"), is no name either. Not after a song's word, whose parentheses name who sings it ("Laulu: Tuhansin kielin (Emma
 * Virtanen)"), nor a verb that reads as a byline's word ("Sarah will text Tom"). A byline whose surname is marked
 * elsewhere in the message, written the same, is a person there and here ("Virsi 341 (Pekka Lahti); kiitos Pekka
 * Lahti"), so it keeps its marks.
 */
final class HymnBylines {

    /** The singular words for a hymn or a psalm, a work's kind before its title too ({@link TitlesOfWorks}). */
    static final Set<String> KINDS = Set.of("hymn", "psalm", "psalmi", "psalmen", "virsi");
    /** A psalm's word in its forms, also the Bible's book of psalms ({@link ScriptureReferences}). */
    static final Set<String> PSALMS = Set.of("psalm", "psalms", "psalmi", "psalmit", "psalmer", "psalmen");
    /** A hymn's or a psalm's word, and the plurals a list of them is labelled with. */
    private static final WordSet HYMNS = WordSet.of(KINDS, PSALMS, Set.of("hymns", "virret", "virren"));
    /** "Suvivirsi", "jouluvirsi": a Finnish compound naming a hymn ends in the word. */
    private static final String HYMN_ENDING = "virsi";
    /**
     * The plurals that label a list of hymns or songs ("Psalmer: psalm 62", "Songs: \"Jolene\""), taken for a name
     * when they open a line.
     */
    private static final WordSet LABELS = WordSet.of(Set.of("hymns", "psalms", "psalmit", "psalmer", "virret",
            "songs", "laulut", "sånger"));
    /** A byline's words as a hymnal abbreviates them, with a full stop: who wrote the words, the tune, arranged or translated. */
    private static final WordSet ABBREVIATED_BYLINES = WordSet.of(Set.of("san", "säv", "sov", "suom", "arr"));
    /**
     * A byline's words written out, a byline only before "by", "av" or a colon or after a comma ("words by", "text av",
     * "sanat:", "331, words Isaac Watts"): inside a clause they are also verbs and nouns ("Sarah will text Tom");
     * not "by" alone, which also says who chose or asked for a hymn ("the hymn chosen by Anna Berg").
     */
    private static final WordSet BYLINES = WordSet.of(Set.of("sanat", "sävel", "sävellys", "sovitus", "text", "words",
            "lyrics", "music", "tune", "ord", "musik", "melodi"));
    /** "words by Isaac Watts", "text av …": the small word between the byline's word and the name. */
    private static final WordSet BETWEEN = WordSet.of(Set.of("by", "av"));
    /** How far after a hymn's word its clause may go: a number or a title and a byline. */
    private static final int LONGEST_CLAUSE = 100;
    /** The most words in parentheses that a byline holds ("Henry Francis Lyte", "J. L. Runeberg"). */
    private static final int LONGEST_BYLINE = 5;

    private HymnBylines() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            if (names[k] && tokens.end(k) < text.length() && text.charAt(tokens.end(k)) == ':' && isLabel(text, tokens, k)) {
                names[k] = false;
            }
            if (!isHymn(text, tokens, k)) {
                continue;
            }
            int clauseEnd = clauseEnd(text, tokens.end(k));
            for (int t = k + 1; t < n && tokens.start(t) < clauseEnd; t++) {
                int last = t - 1;
                if (text.charAt(tokens.start(t) - 1) == '(') {
                    last = inParentheses(text, tokens, t, clauseEnd);
                } else if (isBylineWord(text, tokens, t)) {
                    last = afterBylineWord(text, tokens, t, clauseEnd);
                }
                if (last >= t && !BuildingsNamedAfterPeople.borneAsWritten(text, tokens, names, last)) {
                    for (int j = t; j <= last; j++) {
                        names[j] = false;
                    }
                }
                t = Math.max(t, last);
            }
        }
    }

    /** "Hymns", "Virret", "Songs": a plural that labels a list of hymns or songs, their titles after the colon. */
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
     * "san.", "words by", "text av", "sanat:", "331, words Isaac Watts": a byline's word abbreviated, or written out
     * before "by", "av" or a colon or opening the clause after a comma, as a hymnal writes it after the number.
     */
    private static boolean isBylineWord(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (ABBREVIATED_BYLINES.contains(text, tokens.start(t), end)) {
            return text.startsWith(".", end);
        }
        return BYLINES.contains(text, tokens.start(t), end) && (text.startsWith(":", end)
                || tokens.start(t) >= 2 && text.startsWith(", ", tokens.start(t) - 2)
                || t + 1 < tokens.size() && tokens.spaced(t, t + 1) && BETWEEN.contains(text, tokens.start(t + 1), tokens.end(t + 1)));
    }

    /**
     * The last word of the name after the byline's word {@code t} ("san. Lina Sandell", "words by Isaac Watts", "text
     * av J. L. Runeberg"): capitalised words and initials parted by spaces, full stops or a colon; {@code t} where none
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
