package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A building's list of residents, as a door phone's or a letterbox's list is pasted into a ticket (R3.2, R8.2): a row
 * a resident, the surname in capitals, the given names and the flat ("OHDAKEKALLIO Urho-Benjamin B 29", "LINGONDAHL
 * Hedvig-Augusta bostad 33", "MUURAINKALLIO Kalle-Benjamin F35", "JUOLUKKAVAARA Elma-Helena D 44 (4. krs)"). The row's
 * layout, not the words, says these are names: a surname of the land in capitals is a common noun to Voikko, and a
 * double given name may have a part no list knows. Two such rows or more make the list; a row's given name is no
 * product, maker or common English noun ("HDMI Cable B 12" is a store's shelf).
 */
final class ResidentListRows {

    /**
     * What follows the given names to the line's end: the staircase's letter and the flat's number ("B 29", "F35"), or a
     * word of a flat and its number ("as. 42", "lgh 1402", "bostad 33", "flat 4"), the floor in parentheses after it.
     */
    private static final Pattern FLAT = Pattern.compile(" +(?:[A-H] ?\\d{1,4}|(?:as\\.|asunto|huoneisto|lgh\\.?|lägenhet|bostad"
            + "|flat|apt\\.?) ?\\d{1,5})[a-z]?(?: +\\(\\d{1,2}\\. ?(?:krs|kerros|vån|våning|floor)\\))? *\\r?(?:\\n|$)");
    /** The fewest rows that make a list. */
    private static final int FEWEST_ROWS = 2;

    private ResidentListRows() {
    }

    /** The rows' surnames' tokens (each given name the token after), in order; empty when there is no list. */
    static int[] find(String text, Tokens tokens, NameLexicon.Word[] words) {
        int[] rows = new int[tokens.size()];
        int count = 0;
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (isRow(text, tokens, words, t)) {
                rows[count++] = t;
            }
        }
        return count < FEWEST_ROWS ? new int[0] : Arrays.copyOf(rows, count);
    }

    /**
     * Marks the rows' surnames and given names, whatever the rules before read in them ("Kalle-Benjamin F35" is no
     * model before its code). The surname is read as its capitalised form is, as the rules after read a marked word's
     * readings.
     */
    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names, int[] rows) {
        for (int t : rows) {
            var form = NamesInCapitals.capitalisedForm(text, tokens.start(t), tokens.end(t));
            words[t] = lexicon.lookup(form, 0, form.length());
            names[t] = true;
            names[t + 1] = true;
        }
    }

    /** The surname in capitals opening its line at {@code t}, the given names after it and the flat ending the line. */
    private static boolean isRow(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        if (start != Characters.lineStart(text, start) || !NamesInCapitals.inCapitals(text, tokens, t)
                || !tokens.isCapitalised(t + 1) || !tokens.spaced(t, t + 1)
                || NameLexicon.isMaker(text, start, tokens.end(t))) {
            return false;
        }
        int given = t + 1;
        int from = tokens.start(given);
        int end = tokens.end(given);
        if (!words[given].isName() && (NameLexicon.isThingOrWord(text, from, end) || EnglishNouns.contains(text, from, end)
                || NameLexicon.isMaker(text, from, end))) {
            return false;
        }
        return FLAT.matcher(text).region(end, text.length()).lookingAt();
    }
}
