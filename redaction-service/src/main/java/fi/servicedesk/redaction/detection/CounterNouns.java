package fi.servicedesk.redaction.detection;

/**
 * A word right before a count of a whole ("Page 3 of 18", "Sida 2 av 5", "Seite 1 von 4") is the noun
 * of what is counted, a footer's or a viewer's, not a name: a person's name is followed by a number of theirs (a phone,
 * an extension), never by "N of M". So is a common English noun right before a record's number, five to eight digits
 * in one run with no trunk zero, which no phone or extension is ("Work Order Job 839093", "Deal Registration Deal
 * 73627885", "Site 80145"), with the heading's common words before it; a noun that is also a given name ("Job") only
 * inside such a heading, after a capitalised common word ("Order Job 839093"; not "Ask Will 48213"). And a common
 * English noun with no name reading before the letter or short number that tells one of its kind from the others is
 * that kind's noun ("Lift A (220596)", "Block B,", "Lift 2, equipment no. …"); an initial after a name has its full stop
 * ("Anna B."). Before a code of digits and capitals mixed ("Ward 7B", "Bay K3", "Room B12"), the code of a ward, a room
 * or a class, a common noun is that kind's even when it is a surname too: no part of a person's name mixes them.
 */
final class CounterNouns {

    /** The words that join a count to its whole in English, Swedish and German. */
    private static final WrittenWords OF = WrittenWords.of("of", "av", "von");
    private static final int SHORTEST_RECORD_NUMBER = 5;
    private static final int LONGEST_RECORD_NUMBER = 8;
    private static final int LONGEST_DESIGNATOR = 3;
    private static final int LONGEST_UNIT_CODE = 4;

    private CounterNouns() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            // the cheap key first: a space and a digit or a capital right after the word
            if (!names[t] || end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLetterOrDigit(text.charAt(end + 1))) {
                continue;
            }
            if (isCommonNoun(text, tokens, words, t) && isUnitCode(text, end + 1)
                    || isDesignator(text, end + 1) && isNamelessNoun(text, tokens, words, t)) {
                names[t] = false;
            } else if (!Character.isDigit(text.charAt(end + 1))) {
                continue;
            } else if (isCountOfAWhole(text, end + 1)) {
                names[t] = false;
            } else if (isRecordNumber(text, end + 1) && isRecordNoun(text, tokens, words, t)) {
                for (int h = t; h == t || h >= 0 && isHeadingWord(text, tokens, words, h, h + 1); h--) {
                    names[h] = false;
                }
            }
        }
    }

    /**
     * A capital alone or up to {@link #LONGEST_DESIGNATOR} digits from {@code i}, before a comma, a bracket, a colon or
     * the line's end ("A (220596)", "2,", "B\n").
     */
    private static boolean isDesignator(String text, int i) {
        int end = Character.isUpperCase(text.charAt(i)) ? i + 1 : afterDigits(text, i);
        if (end == i || end - i > LONGEST_DESIGNATOR) {
            return false;
        }
        int next = Characters.afterSpaces(text, end);
        return next == text.length() || ",:(\n\r".indexOf(text.charAt(next)) >= 0 && (next > end || text.charAt(next) != '(');
    }

    /**
     * Two to {@link #LONGEST_UNIT_CODE} digits and capitals from {@code i}, at least one of each, and then no letter nor
     * digit: "7B", "K3", "B12".
     */
    private static boolean isUnitCode(String text, int i) {
        int end = i;
        boolean digit = false;
        boolean capital = false;
        while (end < text.length() && end - i <= LONGEST_UNIT_CODE
                && (Character.isDigit(text.charAt(end)) || Character.isUpperCase(text.charAt(end)))) {
            digit |= Character.isDigit(text.charAt(end));
            capital |= Character.isUpperCase(text.charAt(end));
            end++;
        }
        return digit && capital && end - i <= LONGEST_UNIT_CODE
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** Five to eight digits in one run from {@code i}, the first no trunk zero, with no digit group after a separator. */
    private static boolean isRecordNumber(String text, int i) {
        int end = afterDigits(text, i);
        int length = end - i;
        boolean groupAfter = end + 1 < text.length() && " -./".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
        return length >= SHORTEST_RECORD_NUMBER && length <= LONGEST_RECORD_NUMBER && text.charAt(i) != '0' && !groupAfter;
    }

    private static boolean isCommonNoun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.isCapitalised(t) && words[t] != null && EnglishWords.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The noun before a record's number: a common word of no name's reading, or one that is a name too after a heading's
     * word ("Order Job 839093"; not "Ask Will 48213").
     */
    private static boolean isRecordNoun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isNamelessNoun(text, tokens, words, t) || t > 0 && isCommonNoun(text, tokens, words, t) && isHeadingWord(text, tokens, words, t - 1, t);
    }

    /** A capitalised common word of no name's reading ("Registration", "Lift"; not "Job", a given name too). */
    private static boolean isNamelessNoun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isCommonNoun(text, tokens, words, t) && !NameWords.isAnyName(words[t]);
    }

    /** Word {@code h}, spaced before {@code next}, is a word of a heading: a common word of no name's reading. */
    private static boolean isHeadingWord(String text, Tokens tokens, NameLexicon.Word[] words, int h, int next) {
        return tokens.spaced(h, next) && isNamelessNoun(text, tokens, words, h);
    }

    /**
     * "3 of 18", "2 av 5" from {@code i}: a word joins the count to its whole, as a slash does in a date or a phone
     * ("14/12/2026", "0176/65677218") too.
     */
    private static boolean isCountOfAWhole(String text, int i) {
        i = afterDigits(text, i);
        int word = Characters.afterSpaces(text, i);
        if (word == i || !OF.startsWordAt(text, word)) {
            return false;
        }
        int next = word;
        while (next < text.length() && Character.isLetter(text.charAt(next))) {
            next++;
        }
        int whole = Characters.afterSpaces(text, next);
        return whole > next && whole < text.length() && Character.isDigit(text.charAt(whole));
    }

    private static int afterDigits(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
