package fi.servicedesk.redaction.detection;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;

/** Word-boundary and punctuation tests the detectors share: a finding never starts or ends inside a word. */
final class Characters {

    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    private static final char ZERO_WIDTH_JOINER = '\u200D';

    private Characters() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True when the character before {@code index} does not continue a word. */
    static boolean boundaryBefore(String text, int index) {
        return index == 0 || !isWordChar(text.charAt(index - 1));
    }

    /** True when the character at {@code index} does not continue a word. */
    static boolean boundaryAfter(String text, int index) {
        return index >= text.length() || !isWordChar(text.charAt(index));
    }

    /**
     * False only where a pattern's look-behind {@code (?<![\p{L}\p{N}…])} surely fails: the
     * character before {@code index} is a letter, a number or one of {@code others}. A cheap
     * test before the pattern is tried there; a surrogate is left to the pattern.
     */
    static boolean notAfterWord(String text, int index, String others) {
        if (index == 0) {
            return true;
        }
        char c = text.charAt(index - 1);
        return !isLetterOrNumber(c) && others.indexOf(c) < 0;
    }

    /** As {@link #notAfterWord} for a look-behind {@code (?<![\p{L}…])} that allows a number before. */
    static boolean notAfterLetter(String text, int index, String others) {
        if (index == 0) {
            return true;
        }
        char c = text.charAt(index - 1);
        return !Character.isLetter(c) && others.indexOf(c) < 0;
    }

    /**
     * {@link Character#isLetter(char)}, with ASCII answered inline: the words of every message
     * are read with it, and most of their characters are ASCII.
     */
    static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    /**
     * Whether every character of {@code s} is a letter ({@link #isLetter}; true of ""): asked of each login, address
     * part and domain a message holds, where a stream over the characters cost more than the test.
     */
    static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A letter, or a mark that goes on with the letter before it: the vowel signs and viramas of Indic scripts (मेरा,
     * नवराज), Thai vowels and tone marks, Arabic and Hebrew points, a combining accent after a Latin letter, and the
     * zero-width (non-)joiner inside a Persian or Indic word (نمی‌توانم). A word ends at none of them (Unicode Mn and Mc).
     */
    static boolean continuesWord(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == ZERO_WIDTH_NON_JOINER
                || c == ZERO_WIDTH_JOINER;
    }

    /** What the patterns' {@code [\p{L}\p{N}]} accepts: a letter or any kind of number. */
    static boolean isLetterOrNumber(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * False only where a case-insensitive pattern (Unicode case) surely does not match
     * {@code lower} at {@code index}: an ASCII character that is not the pattern's letter in
     * either case. A non-ASCII character on either side is left to the pattern, whose case
     * folding maps some of them to ASCII letters (K, ſ).
     */
    static boolean mayStartIgnoringCase(String text, int index, String lower) {
        if (index + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(index + k);
            char l = lower.charAt(k);
            if (c < 128 && l < 128 && c != l && !(l >= 'a' && l <= 'z' && c == l - 32)) {
                return false;
            }
        }
        return true;
    }

    /** Where the sentence that {@code from} is in ends: its full stop, question or exclamation mark, its line's end. */
    static int sentenceEnd(String text, int from) {
        int end = from;
        while (end < text.length() && ".?!\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** {@link #mayStartIgnoringCase} for any of {@code lower}. */
    static boolean mayStartAnyIgnoringCase(String text, int index, String[] lower) {
        for (var word : lower) {
            if (mayStartIgnoringCase(text, index, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.regionMatches(true, start, word, 0, word.length())}, with ASCII answered inline:
     * cue words, digit words, name stems and endings are compared with most words of a message,
     * and the general comparison costs a case mapping per character. From the first non-ASCII
     * character on, the rest goes to that comparison, so the answer is always the same.
     */
    static boolean regionMatchesIgnoringCase(String text, int start, String word) {
        int length = word.length();
        if (start < 0 || start > text.length() - length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            char w = word.charAt(k);
            if (c == w) {
                continue;
            }
            if (c >= 128 || w >= 128) {
                return text.regionMatches(true, start + k, word, k, length - k);
            }
            if (foldAscii(c) != foldAscii(w)) {
                return false;
            }
        }
        return true;
    }

    /** The letter without its accent, one character for one: "ä" → "a", "é" → "e" (a handle's or a table's spelling). */
    static char withoutAccent(char c) {
        return c < 128 ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    }

    private static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    /** {@code text.toLowerCase().contains(word)} for a lower-case {@code word}, without copying the text. */
    static boolean containsIgnoringCase(String text, String word) {
        char first = word.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i <= text.length() - word.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && regionMatchesIgnoringCase(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} begins with any of {@code prefixes}: a loop, where a stream cost a pipeline a word. */
    static boolean startsWithAny(String word, List<String> prefixes) {
        for (int i = 0; i < prefixes.size(); i++) {
            if (word.startsWith(prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends with any of {@code suffixes} (see {@link #startsWithAny}). */
    static boolean endsWithAny(String word, List<String> suffixes) {
        for (int i = 0; i < suffixes.size(); i++) {
            if (word.endsWith(suffixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text[start, end)} is one of {@code words}, as written: {@code words.contains(text.substring(start,
     * end))} without the copy, for the few words (a set, a list) a rule asks of many words.
     */
    static boolean isOneOf(Collection<String> words, String text, int start, int end) {
        for (var word : words) {
            if (word.length() == end - start && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code chars} are {@code text[start, end)}, character for character: a cached form asked of a word of a text. */
    static boolean sameAs(char[] chars, String text, int start, int end) {
        if (chars.length != end - start) {
            return false;
        }
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    /** The digits (and upper-cased letters) of {@code text}, without spaces and separators. */
    static String compact(CharSequence text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /**
     * A number after the word that ends at {@code end}, with an abbreviation's full stop, one space and a number sign
     * allowed between but not none of them: an object's or a division's number ("Job 4711", "Run #12", "Art. 15").
     */
    static boolean beforeNumber(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        return i > end && i < text.length() && Scan.isDigit(text.charAt(i));
    }

    /** The text ends at {@code end}, or a full stop, comma, semicolon, exclamation mark or line break follows. */
    static boolean endsClause(String text, int end) {
        return end >= text.length() || ".,;!\n\r".indexOf(text.charAt(end)) >= 0;
    }

    /** The start of the line {@code at} stands on: right after the line break before it, or the text's start. */
    static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** The start of the word, of letters and hyphens, that ends at {@code end} ("sulku-palvelussa"); {@code end} if none. */
    static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && (isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    /** The end of the line {@code from} stands on: its line break, or the text's end. */
    static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The start of the line after the one {@code at} stands on, or the text's end on its last line. */
    static int nextLineStart(String text, int at) {
        return Math.min(text.length(), lineEnd(text, at) + 1);
    }

    /**
     * Only spaces between {@code from} and the line's or the text's end ("team: Aurora\n"; not "Team: Matti, Liisa");
     * a carriage return ends a line too.
     */
    static boolean endsLine(String text, int from) {
        int i = afterSpaces(text, from);
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /**
     * A capital right after a small letter in {@code text[start, end)}: "AnyConnect", "HylaFAX", "#KiitosMatti", as
     * names run together and product names are written and words are not.
     */
    static boolean hasCapitalInside(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A character of a user name or handle ("aino.virta", "kalle_92", "tuuli-u"): a letter, a digit, ".", "_" or "-". */
    static boolean isAccountChar(char c) {
        return isLetterOrNumber(c) || c == '.' || c == '_' || c == '-';
    }

    /** The first character from {@code from} that is no space, or the text's end. */
    static int afterSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Where the spaces that stand right before {@code to} begin: {@code to} itself when none does. */
    static int beforeSpaces(String text, int to) {
        return beforeAny(text, to, " ");
    }

    /** Where the run of {@code skipped}'s characters that stands right before {@code to} begins ("code: 1234"). */
    static int beforeAny(String text, int to, String skipped) {
        int i = to;
        while (i > 0 && skipped.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** No letter, sign of another number or digit joins the run: "4821" alone, not "4821-2", "12.4821", "4821:00". */
    static boolean numberStandsAlone(String text, int start, int end) {
        boolean before = start == 0 || !isLetterOrNumber(text.charAt(start - 1)) && "-./,+#".indexOf(text.charAt(start - 1)) < 0;
        boolean after = end == text.length() || !isLetterOrNumber(text.charAt(end))
                && !("-./,:".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1)));
        return before && after;
    }

    /** Every character of {@code text[start, end)} a capital: an acronym ("SID", "UPN") or a code's letters ("INC"). */
    /** The first {@code c} in {@code text[from, to)}, or -1: a word's search that stops at the word's end. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code c} in {@code text[from, to)}, or -1: a word's search that stops at the word's start. */
    static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code part} wholly inside {@code text[from, to)}, or -1: a line's search that stops at its end. */
    static int indexOf(String text, String part, int from, int to) {
        for (int i = from; i + part.length() <= to; i++) {
            if (text.startsWith(part, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code part} wholly inside {@code text[from, to)}, or -1. */
    static int lastIndexOf(String text, String part, int from, int to) {
        for (int i = to - part.length(); i >= from; i--) {
            if (text.startsWith(part, i)) {
                return i;
            }
        }
        return -1;
    }

    static boolean inCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** No capital in {@code text[start, end)}, as a login or a code host's handle is written ("aino.virta", "kalle_92"). */
    static boolean hasNoCapital(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A letter in lower case in {@code text[start, end)}: not in "SAP" nor in "AL-HASHIMI". */
    static boolean hasLowerCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A comma or semicolon, then at least one space, right before {@code start}. */
    static boolean afterCommaOrSemicolon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && (text.charAt(i) == ',' || text.charAt(i) == ';');
    }

    /** How many commas stand from {@code from} to {@code to} among spaces; -1 if any other character does. */
    static int commasAmongSpaces(String text, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c != ' ') {
                return -1;
            }
        }
        return commas;
    }
}
