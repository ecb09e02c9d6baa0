package fi.servicedesk.redaction.detection;

/**
 * Firms, brands and products that {@link Brands} lists, where the other rules took them for people: "told
 * Terttu about Jack Wills", "Ruby on Rails", "Tim Hortonsilla", "Harley-Davidson". A run of two to four words,
 * or one word of parts joined by a hyphen, that is a listed name, also with a Finnish case ending on its last
 * word, is the thing's name, unless the text puts a person there: a run that reads as a given name and a name
 * ("Ted Baker", "John Lewis") stays a person's after a greeting or a word that names a person ("Hi Ted Baker,",
 * "cc: John Lewis", "esimieheni John Lewis") or before a reporting verb ("John Lewis called"). A listed name of
 * one word is no evidence: many firms bear a given name or a surname ("Max", "Obi", "Sokolov"), and the
 * possessive's "s" is no word of the name ("Daniel's laptop" is Daniel's, whatever the list says).
 */
final class ListedBrands {

    /** The most words a listed name has (the list keeps none longer). */
    private static final int LONGEST = 4;
    /** The longest run asked, in characters: longer runs are no listed name. */
    private static final int LONGEST_CHARACTERS = 48;

    private ListedBrands() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int s = 0; s < n; s++) {
            // A run of a thing's name opens with a capital, or is written all in lower case and marked ("jack wills").
            if (!names[s] && !(tokens.isCapitalised(s) && PersonNameDetector.anyMarked(names, s + 1, Math.min(n, s + LONGEST)))) {
                continue;
            }
            int last = lastOfListedRun(text, tokens, s);
            if (last < 0 || isOneWord(text, tokens, s, last) || isPerson(text, tokens, words, s, withoutPossessive(text, tokens, s, last))) {
                continue;
            }
            for (int k = s; k <= last; k++) {
                names[k] = false;
            }
            s = last;
        }
    }

    /**
     * The last word of the longest listed run that opens at {@code s}, or -1 if none. Each word is one search, and
     * the run ends where no listed name goes on ("John" begins names, "John Smith" none).
     */
    private static int lastOfListedRun(String text, Tokens tokens, int s) {
        int start = tokens.start(s);
        // Most words begin no listed name: one probe of the first words' hashes before any search, or the hyphen's.
        if (!Brands.mayBeFirstWord(text, start, firstWordEnd(text, start, tokens.end(s)))) {
            return -1;
        }
        int hyphen = hyphen(text, start, tokens.end(s));
        if (hyphen >= 0 && (Brands.find(text, start, hyphen) & SortedLines.BEGINS_ENTRY) == 0) {
            return -1;
        }
        int found = -1;
        for (int last = s; last < tokens.size() && last < s + LONGEST; last++) {
            int end = tokens.end(last);
            if (end - start > LONGEST_CHARACTERS) {
                break;
            }
            int listed = Brands.find(text, start, end);
            if ((listed & SortedLines.IS_ENTRY) != 0
                    || (last > s || hyphen >= 0) && isListedInflected(text, start, tokens.start(last), end)) {
                found = last;
            }
            if ((listed & SortedLines.BEGINS_ENTRY) == 0) {
                break;
            }
        }
        return found;
    }

    /**
     * "Jack Willsille", "Tim Hortonsilla", "Herman Millerilta": the run without the Finnish case ending (and a
     * clitic) of its last word, with or without the linking "i" before the ending ("Wills-i-lle").
     */
    private static boolean isListedInflected(String text, int start, int lastStart, int end) {
        int withoutClitic = end - NameWords.cliticLength(text, lastStart, end);
        int ending = NameWords.caseEndingLength(text, lastStart, withoutClitic);
        if (ending == 0) {
            return false;
        }
        int stemEnd = withoutClitic - ending;
        return Brands.contains(text, start, stemEnd)
                || text.charAt(stemEnd - 1) == 'i' && Brands.contains(text, start, stemEnd - 1);
    }

    /**
     * One word, also before a possessive's "s" ("Daniel's"), unless its parts are joined by a hyphen
     * ("Harley-Davidson").
     */
    private static boolean isOneWord(String text, Tokens tokens, int first, int last) {
        return withoutPossessive(text, tokens, first, last) == first && hyphen(text, tokens.start(first), tokens.end(first)) < 0;
    }

    /** Where the word's letters end: at a hyphen or apostrophe ("Harley" of "Harley-Davidson", "O" of "O'Neill"). */
    private static int firstWordEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return i;
            }
        }
        return end;
    }

    /** Where the first hyphen of {@code text[start, end)} is, or -1. */
    private static int hyphen(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                return i;
            }
        }
        return -1;
    }

    /** The run's last word, not the "s" of a possessive after it ("Sainsbury's"). */
    private static int withoutPossessive(String text, Tokens tokens, int first, int last) {
        boolean possessive = last > first && tokens.length(last) == 1 && (text.charAt(tokens.end(last) - 1) == 's' || text.charAt(tokens.end(last) - 1) == 'S')
                && isApostrophe(text.charAt(tokens.start(last) - 1));
        return possessive ? last - 1 : last;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** A given name and a name after it (as one word: "Harley-Davidson") that a person's frame surrounds. */
    private static boolean isPerson(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        return words[first] != null && words[last] != null
                && words[first].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST) && NameWords.isAnyName(words[last])
                && isFramed(text, tokens, words, first, last);
    }

    private static boolean isFramed(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        return first < last && AddressLocalParts.holdBoth(text, text.substring(tokens.start(first), tokens.end(first)),
                text.substring(tokens.start(last), tokens.end(last)))
                || first > 0 && NamesAfterCues.framesPerson(text, tokens, words, first - 1, first)
                || last + 1 < tokens.size() && tokens.spaced(last, last + 1) && NamesBeforeReportingVerbs.isReportingVerb(text, tokens, last + 1);
    }
}
