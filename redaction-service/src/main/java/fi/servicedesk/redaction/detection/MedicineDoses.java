package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A medicine's trade name before its strength ("Xarelto 20 mg", "Thyroxin 50 mikrog", "Ventoline 0,1 mg/annos",
 * "Pamol 1 g-reseptin"): a capitalised word right before a number and a unit of dose is what is given, no one's
 * name, as a prescription, a medicine list or a pump's infusion writes it (R8.2 keeps medicines, which identify no one).
 * A person's name is never followed by a bare quantity and its unit so. A combination's strength is written without
 * its unit, its two substances' amounts parted by a slash ("Symbicort Turbuhaler 160/4,5", "Seretide 50/500"), which
 * no date is: a decimal part, or a first amount over any day's number; not a day and a month or a week and a year
 * ("Anna 12/5", "Matti 45/2026"), nor a score out of a round total ("Chidi Okonkwo 42/50"). The capitalised word before the trade name is its device or form, written as part of
 * the name ("Symbicort Turbuhaler 160/4,5", "Ventolin Evohaler 100 mikrog"), and is the medicine's too where it is a
 * word no list, Voikko nor English knows, as trade names are ("Antoin Matille Burana 400 mg" keeps Matille, "Uusittu
 * Xarelto 20 mg" and "Prescribed Eliquis 2.5mg" their verbs), and no surname after a name nor a name in a case of the
 * one a medicine is given to ("Adaeze Okonkwo Marevan 3 mg", "Annoin Oyelaranille Panadol 500 mg").
 */
final class MedicineDoses {

    /**
     * Units of a dose, folded to lower case, Finnish, Swedish and English alike: mass, volume, international units
     * ("ky", "IU", "IE"), amount of substance ("mmol"), as written after a medicine's strength.
     */
    private static final WordSet UNITS = WordSet.of(Set.of("mg", "g", "µg", "μg", "mcg", "ug", "mikrog",
            "mikrogrammaa", "milligrammaa", "ng", "ml", "mmol", "ky", "iu", "ie", "mgr"));

    /** Amounts of a combination's strength are under this: a year after the slash is a date's. */
    private static final int MOST_AMOUNT = 1000;
    /** A first amount up to this may be a day of the month. */
    private static final int MOST_DAY = 31;

    /** The Finnish cases of the one a medicine is given to or taken from: "Matille", "Oyelaranilta", "Annalla". */
    private static final List<String> RECIPIENTS_CASES = List.of("lle", "lta", "ltä", "lla", "llä");
    /** The highest total a test's or a course's score is out of ("42/50", "7,5/10", "38/40"). */
    private static final int HIGHEST_TOTAL = 100;
    /** A score's total is a round number: a multiple of this. */
    private static final int ROUND_TOTAL = 5;

    private MedicineDoses() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && (isDoseAt(text, tokens.end(t)) || isStrengthAt(text, tokens.end(t)))) {
                names[t] = false;
                if (isDeviceBefore(text, tokens, words, names, t)) {
                    names[t - 1] = false;
                }
            }
        }
    }

    /**
     * Whether the capitalised word before the medicine at {@code t} is its trade name before a device's word, a word no
     * list, Voikko nor English knows; not a surname after a name ("Adaeze Okonkwo Marevan 3 mg") nor a name in the case
     * of the one a medicine is given to or taken from ("Annoin Oyelaranille Panadol 500 mg"), which trade names never take.
     */
    private static boolean isDeviceBefore(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (t == 0 || !tokens.isCapitalised(t - 1) || !tokens.spaced(t - 1, t) || words[t - 1] == null || words[t - 1].isKnown()
                || EnglishWords.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return false;
        }
        boolean afterAName = t > 1 && names[t - 2] && tokens.isCapitalised(t - 2) && tokens.spaced(t - 2, t - 1);
        var word = text.substring(tokens.start(t - 1), tokens.end(t - 1)).toLowerCase(Locale.ROOT);
        return !afterAName && !Characters.endsWithAny(word, RECIPIENTS_CASES);
    }

    /** One space, a number (with a decimal comma or point), an optional space and a unit of dose that ends there. */
    private static boolean isDoseAt(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int i = numberEnd(text, end + 1);
        if (i == end + 1) {
            return false;
        }
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int unit = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > unit && (i == text.length() || !Characters.isLetterOrNumber(text.charAt(i))) && UNITS.contains(text, unit, i);
    }

    /**
     * One space, two amounts parted by a slash ("160/4,5", "50/500"), each under {@link #MOST_AMOUNT}, of which the
     * second has a decimal part or the first is over {@link #MOST_DAY}, ending there (before a space, a comma, a full
     * stop or a bracket; not another digit, slash or hyphen of a case number, "28/1692-884").
     */
    private static boolean isStrengthAt(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int first = numberEnd(text, end + 1);
        if (first == end + 1 || first >= text.length() || text.charAt(first) != '/') {
            return false;
        }
        int second = numberEnd(text, first + 1);
        if (second == first + 1 || second < text.length() && !isStrengthsEnd(text, second)) {
            return false;
        }
        String one = text.substring(end + 1, first).replace(',', '.');
        String other = text.substring(first + 1, second).replace(',', '.');
        double amount = Double.parseDouble(one);
        double total = Double.parseDouble(other);
        return amount < MOST_AMOUNT && total < MOST_AMOUNT
                && (other.indexOf('.') >= 0 || one.indexOf('.') >= 0 || amount > MOST_DAY) && !isScore(amount, other);
    }

    /**
     * "42/50", "7,5/10", "38/40": a score out of a round total of up to {@link #HIGHEST_TOTAL}, as a test's or a course's
     * results give it after the pupil's name; a strength's second amount has decimals ("160/4,5"), is under its first
     * ("92/22") or is over a hundred ("50/500").
     */
    private static boolean isScore(double amount, String total) {
        if (total.indexOf('.') >= 0) {
            return false;
        }
        int whole = Integer.parseInt(total);
        return amount <= whole && whole <= HIGHEST_TOTAL && whole % ROUND_TOTAL == 0;
    }

    private static boolean isStrengthsEnd(String text, int i) {
        char c = text.charAt(i);
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ')'
                || c == '.' && (i + 1 == text.length() || !Scan.isDigit(text.charAt(i + 1)));
    }

    /** Where the number from {@code from} ends: its digits, and a decimal comma or point with digits after it. */
    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > from && i + 1 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && Scan.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
