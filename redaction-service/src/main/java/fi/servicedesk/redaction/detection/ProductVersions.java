package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Ruby 3.9 is late", "Julia 1.20 unaffected", "add to Django 5.5", "Cassandra v1.68.2": a version number right after a name makes
 * a product of it (languages, frameworks and apps are named like people); a person is not numbered so. The
 * number must read as a version, not as what follows a person in a roster or a timesheet: not a Finnish date
 * ("Matti 3.12."), not a time of day ("Matti 9.30"), not an amount before a unit ("Matti 2.5 h"). A whole number of
 * two to four digits that ends the clause is an edition too ("need Sage 50;", "Ordered, Office 365."; not a year,
 * "Jarmo 2026."); a count after a name goes on with a word, a comma or a line ("Matti 12 tickets", "Matti 12, Liisa 9").
 * A model's code makes a maker of the name before it as a version does ("Honeywell CT45", "Linde E20"), and the
 * thing's kind before the maker, an English noun or a sentence's first word, no given name ("Forklift Linde E20").
 * Two given names joined by a hyphen, or two capitalised parts the lists do not know, name no maker: a code after them
 * is the one given to that person ("kod till Kajsa-Brita W3015", "grindkod till Hjördis-Solveig Z3406").
 * A model's number before an edition's word ("Surface 9 Pro", "Pixel 8 Plus", "Galaxy 23 Ultra") or a generation
 * ("Echo 4th gen", "Kindle (11th generation)", "Nest Gen 2") numbers a product, not a person, and the capitalised
 * word before that product is its maker ("Microsoft Surface 9 Pro"). The edition's word itself, a given name too
 * ("Max"), is the edition's after a network's generation or a model's number ("Unlimited 5G Max", "Yritys 5G Max
 * (50/50 M)", "iPhone 15 Max"), unless a capitalised word follows it as a surname would ("5 Max Berg").
 */
final class ProductVersions {

    /** Units an amount after a person's name may carry in a timesheet or a list. */
    private static final WordSet UNITS = WordSet.of(Set.of("h", "t", "hrs", "hours", "min", "pv", "d", "days", "kpl",
            "pcs", "eur", "e", "tuntia", "tunti", "x"));
    private static final int LONGEST_UNIT = 6;
    /** A time of day written with a dot: the hours of a working day before two digits of minutes. */
    private static final int FIRST_HOUR = 6;
    private static final int LAST_HOUR = 23;
    private static final int MINUTES = 60;
    /** Years, which a number after a name may be ("Jarmo 2026."). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    private static final int LAST_DAY = 31;
    private static final int MONTHS = 12;
    /** The partitive ending of a Finnish month's name after a day's ordinal: "17. huhtikuuta". */
    private static final String MONTH_ENDING = "kuuta";
    /** A model's code after its maker: "E20", "CT45", "MC3300". */
    private static final int MOST_MODEL_LETTERS = 3;
    private static final int MOST_MODEL_DIGITS = 4;
    /** Words of an edition after a model's number: "Surface 9 Pro", "Pixel 8 Plus", "Windows 11 Home". */
    private static final WordSet EDITIONS = WordSet.of(Set.of("pro", "plus", "max", "mini", "ultra", "air", "lite", "se",
            "home", "enterprise", "edition", "series", "xl"));
    private static final int LONGEST_EDITION = 10;
    /** A generation's word after its ordinal: "4th gen", "(11th generation)". */
    private static final WordSet GENERATIONS = WordSet.of(Set.of("gen", "generation"));
    /** The digits of a model's number before its edition or of a generation's ordinal: "Surface 9 Pro", "11th gen". */
    private static final int MOST_MODEL_NUMBER_DIGITS = 3;
    /** Words before a time of day, also capitalised at a sentence's start: "Klo 14", "Kl 9", "At 9". */
    private static final WordSet TIME_CUES = WordSet.of(Set.of("klo", "kl", "at"));

    private ProductVersions() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (isBeforeVersion(text, tokens, t) || isBeforeLetteredVersion(text, tokens.end(t)))) {
                names[t] = false;
            } else if ((names[t] || t > 0 && names[t - 1]) && isBeforeEditionOrGeneration(text, tokens, t)) {
                names[t] = false;
                // "Microsoft Surface 9 Pro": the maker before the product.
                if (t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)) {
                    names[t - 1] = false;
                }
            } else if (names[t] && isEditionAfterNumber(text, tokens, t)) {
                names[t] = false;
            } else if (names[t] && isBeforeModelCode(text, tokens.end(t)) && !isDoubleName(text, tokens, words, t)) {
                names[t] = false;
                // "Forklift Linde E20", "Handheld Zebra MC3300": the kind of thing before its maker is no given name.
                int kind = t - 1;
                if (kind >= 0 && names[kind] && tokens.isCapitalised(kind) && tokens.spaced(kind, t)
                        && (tokens.beginsSentence(kind) || EnglishNouns.contains(text, tokens.start(kind), tokens.end(kind)))) {
                    names[kind] = false;
                }
            }
        }
    }

    /**
     * "Kajsa-Brita", "Mickel-Jeppe": a double given name, or a word the lists do not know of two capitalised parts
     * joined by one hyphen, as a double given name is written; a maker of two names is known ("Mercedes-Benz").
     */
    private static boolean isDoubleName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (NamesBesideNames.isDoubleGivenName(text, tokens, words, t)) {
            return true;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        int hyphen = text.indexOf('-', start);
        return (words[t] == null || !words[t].isKnown()) && hyphen > start + 1 && hyphen + 2 < end
                && text.indexOf('-', hyphen + 1, end) < 0 && Character.isUpperCase(text.charAt(start))
                && Character.isUpperCase(text.charAt(hyphen + 1)) && Character.isLowerCase(text.charAt(hyphen + 2))
                && !NameLexicon.isMaker(text, start, end);
    }

    private static boolean isBeforeVersion(String text, Tokens tokens, int t) {
        int i = tokens.end(t);
        // Most names are not before a space and a digit: that first.
        if (i + 4 > text.length() || text.charAt(i) != ' ' || !isDigit(text.charAt(i + 1))) {
            return false;
        }
        int major = 0;
        int j = i + 1;
        for (; j < text.length() && isDigit(text.charAt(j)); j++) {
            major = Math.min(major * 10 + text.charAt(j) - '0', 10_000);
        }
        if (j - i - 1 >= 2 && j - i - 1 <= 4 && !(major >= FIRST_YEAR && major <= LAST_YEAR) && endsClause(text, j)
                && !isFinnishMonthAfter(text, j + 1)) {
            // "need Sage 50;", "Ordered, Sage 50.": a whole number ending the clause is a product's edition.
            return true;
        }
        if (j + 1 >= text.length() || text.charAt(j) != '.' || !isDigit(text.charAt(j + 1))) {
            return false;
        }
        int minorStart = ++j;
        int minor = 0;
        for (; j < text.length() && isDigit(text.charAt(j)); j++) {
            minor = Math.min(minor * 10 + text.charAt(j) - '0', 10_000);
        }
        int minorDigits = j - minorStart;
        boolean moreParts = j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1));
        if (moreParts) {
            return !isDayMonthYear(text, major, minor, j + 1);
        }
        if (j < text.length() && (text.charAt(j) == '.' || Characters.isLetter(text.charAt(j)))) {
            // "Matti 3.12.", "Matti 2.5h": a date or an amount.
            return false;
        }
        boolean time = major >= FIRST_HOUR && major <= LAST_HOUR && minorDigits == 2 && minor < MINUTES;
        return !time && !isUnitAt(text, j);
    }

    /**
     * " v1.68.2", " v3.9": a version's letter before its dotted number, which no date, time or amount takes.
     */
    private static boolean isBeforeLetteredVersion(String text, int i) {
        if (i + 5 > text.length() || text.charAt(i) != ' ' || Character.toLowerCase(text.charAt(i + 1)) != 'v') {
            return false;
        }
        int j = i + 2;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j > i + 2 && j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1));
    }

    /**
     * "soitti Ilse-Marie Weber-Langille 04.08.2027.", "muokannut Jarno Kivimäki 17.6.2027": a day, a month and a
     * year of four digits after the second dot are the date a person did something, not a version of three parts, which
     * no product numbers with a year ("5.11.36", "4.2.17").
     */
    private static boolean isDayMonthYear(String text, int day, int month, int yearStart) {
        int j = yearStart;
        int year = 0;
        while (j < text.length() && isDigit(text.charAt(j)) && j - yearStart < 5) {
            year = year * 10 + text.charAt(j) - '0';
            j++;
        }
        return j - yearStart == 4 && (j == text.length() || !isDigit(text.charAt(j))
                && !(text.charAt(j) == '.' && j + 1 < text.length() && isDigit(text.charAt(j + 1))))
                && year >= FIRST_YEAR && year <= LAST_YEAR && day >= 1 && day <= LAST_DAY && month >= 1 && month <= MONTHS;
    }

    /**
     * "luovutettu omistajalle Lehtoselle 17. huhtikuuta 2027": a Finnish day's ordinal before the month's name in the
     * partitive, which all twelve end with ("tammikuuta" … "joulukuuta"), is a date, not an edition ending a clause.
     */
    private static boolean isFinnishMonthAfter(String text, int space) {
        if (space + 1 >= text.length() || text.charAt(space) != ' ') {
            return false;
        }
        int end = space + 1;
        while (end < text.length() && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        return end - space - 1 > MONTH_ENDING.length() && text.startsWith(MONTH_ENDING, end - MONTH_ENDING.length());
    }

    /**
     * " 9 Pro", " 8 Plus", " 4th gen", " (11th generation)", " Gen 2" after the word at {@code t}: a model's number
     * and an edition, or a generation.
     */
    private static boolean isBeforeEditionOrGeneration(String text, Tokens tokens, int t) {
        int i = tokens.end(t);
        if (i + 3 > text.length() || text.charAt(i) != ' ') {
            return false;
        }
        if (t + 1 < tokens.size() && tokens.is(t + 1, "gen") && tokens.spaced(t, t + 1)) {
            int digit = tokens.end(t + 1) + 1;
            return digit < text.length() && text.charAt(digit - 1) == ' ' && isDigit(text.charAt(digit));
        }
        boolean bracket = text.charAt(i + 1) == '(';
        int start = bracket ? i + 2 : i + 1;
        int j = start;
        while (j < text.length() && j - start <= MOST_MODEL_NUMBER_DIGITS && isDigit(text.charAt(j))) {
            j++;
        }
        if (j == start || j - start > MOST_MODEL_NUMBER_DIGITS || j + 3 > text.length()) {
            return false;
        }
        if (isOrdinalSuffix(text, j)) {
            return wordAt(text, j + 3, GENERATIONS);
        }
        return !bracket && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1)) && wordAt(text, j + 1, EDITIONS);
    }

    /**
     * "5G Max", "iPhone 15 Max": an edition's word after a network's generation ("5G"), or after a space and a model's
     * number of at most {@link #MOST_MODEL_NUMBER_DIGITS} digits, before no capitalised word. A model's number follows
     * its name, a word with a capital ({@link #isModelName}); a bare number before a given name is as often a time or
     * a count ("klo 14 Max soittaa", "Kokous klo 9 Max, Liisa ja minä").
     */
    private static boolean isEditionAfterNumber(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (!tokens.isCapitalised(t) || start < 3 || text.charAt(start - 1) != ' ' || !wordAt(text, start, EDITIONS)
                || t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)) {
            return false;
        }
        int j = start - 2;
        boolean generation = text.charAt(j) == 'G';
        if (generation) {
            j--;
        }
        int digitsEnd = j;
        while (j >= 0 && digitsEnd - j < MOST_MODEL_NUMBER_DIGITS + 1 && isDigit(text.charAt(j))) {
            j--;
        }
        return j < digitsEnd && digitsEnd - j <= MOST_MODEL_NUMBER_DIGITS && (j < 0 || text.charAt(j) == ' ')
                && (generation || j > 0 && isModelName(text, j));
    }

    /**
     * The word that ends at {@code end} names a model: it has a capital ("Surface", "iPhone") and is no cue of a time
     * of day ("Klo 14", "At 9").
     */
    private static boolean isModelName(String text, int end) {
        int start = Characters.wordStart(text, end);
        return start < end && !Characters.hasNoCapital(text, start, end) && !TIME_CUES.contains(text, start, end);
    }

    /** "st", "nd", "rd" or "th" and a space at {@code i}, after an ordinal's digits. */
    private static boolean isOrdinalSuffix(String text, int i) {
        return i + 3 <= text.length() && text.charAt(i + 2) == ' ' && (text.startsWith("st", i) || text.startsWith("nd", i)
                || text.startsWith("rd", i) || text.startsWith("th", i));
    }

    /** A word of {@code set} at {@code i}, ending where no letter or digit follows. */
    private static boolean wordAt(String text, int i, WordSet set) {
        int end = i;
        while (end < text.length() && end - i <= LONGEST_EDITION && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        return end > i && end - i <= LONGEST_EDITION && (end == text.length() || !isDigit(text.charAt(end)) && text.charAt(end) != '-')
                && set.contains(text, i, end);
    }

    /**
     * " CT45", " E20", " MC3300" at {@code i}: a model's code — one to three capitals and two to four digits — after
     * its maker ("Honeywell CT45", "Trukki Linde E20", "Zebra MC3300"), which a person's name has not after it. Not
     * the first group of an account number, which digits follow ("Valma Mäkäräinen FI22 1891 …").
     */
    private static boolean isBeforeModelCode(String text, int i) {
        if (i + 4 > text.length() || text.charAt(i) != ' ' || !isCapital(text.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && j - i - 1 < MOST_MODEL_LETTERS + 1 && isCapital(text.charAt(j))) {
            j++;
        }
        int letters = j - i - 1;
        int digitsStart = j;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        int digits = j - digitsStart;
        boolean accountGroup = j + 1 < text.length() && text.charAt(j) == ' ' && isDigit(text.charAt(j + 1));
        return letters <= MOST_MODEL_LETTERS && digits >= 2 && digits <= MOST_MODEL_DIGITS && !accountGroup
                && (j == text.length() || !Characters.isLetter(text.charAt(j)) && text.charAt(j) != '-');
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** A semicolon, full stop, question or exclamation mark or quote at {@code i} and then a space or the end. */
    private static boolean endsClause(String text, int i) {
        return i < text.length() && ";.?!\"".indexOf(text.charAt(i)) >= 0
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '}');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A space and a unit ("h", "€", "%") at {@code i}. */
    private static boolean isUnitAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '%' || c == '€') {
            return true;
        }
        if (c != ' ' || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (next == '%' || next == '€' || next == '$' || next == '£') {
            return true;
        }
        int end = i + 1;
        while (end < text.length() && Characters.isLetter(text.charAt(end)) && end - i <= LONGEST_UNIT) {
            end++;
        }
        return end > i + 1 && end - i - 1 <= LONGEST_UNIT && UNITS.contains(text, i + 1, end);
    }
}
