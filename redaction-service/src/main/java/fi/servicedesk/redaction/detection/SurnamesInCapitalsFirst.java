package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list or form that writes a person surname first, the surname in capitals and the given name as written (R3.2):
 * a ferry's group list (*4. KYEI Alioune, hytti 9732*), a baggage irregularity report
 * (*NIMI: CONDORI-TICONA Yuliana*). Where the given name after it is found, the word in capitals opening the line is
 * the surname, known to the lists or not. Only in a list, where a line beside it opens the same way, or after a label
 * of the name's field: a one-off "ATTN Maria" or "HUOM Matti soittaa" is neither. A word in capitals with a reading
 * other than a name's is no surname here (*VIP Maria*, *HEL Helsinki*), unless it is a place's only or a surname of the
 * landscape (*SUMUVAARA Venny*). An export's cell opens as a list's line does, beside a line with such a cell
 * (*"RR873697186GB";"KVARNÅKERS Gottfrid-Arvid";…*). A line may open with its own short label instead of a number, a room's or a seat's
 * (*142: KORPIHARJU Aino-Maria*), when a line beside it opens the same way; and a line may hold several such names
 * parted by commas (*142: KORPIHARJU Aino, HAAPALA Eero*), each after one found the same way. A surname of two words,
 * as Spanish and Wayuu ones are written, is two words in capitals there (*Ostaja: EPIEYÚ URIANA Wilder Olimpo*,
 * *GARCÍA LÓPEZ Juan*), each of them such a surname's word.
 */
final class SurnamesInCapitalsFirst {

    /** What may open a list's line before the surname: a number ("4. ", "2) ") or a bullet. */
    private static final String ITEM = "[ \\t]*(?:\\d{1,3}[.)][ \\t]*|[-*•][ \\t]+|[^:\\n]{1,30}:[ \\t]+)?";
    private static final Pattern OPENING = Pattern.compile(ITEM);
    /** A name field's label: "NIMI:", "Name:", "Namn:", "Passenger:". */
    private static final Pattern LABEL = Pattern.compile("[ \\t]*(?i:nimi|name|namn|passenger|pax|matkustaja|resenär"
            + "|travell?er)[ \\t]*:[ \\t]*");
    /** A surname in capitals, of one or two words. */
    private static final String SURNAME = "\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}(?: \\p{Lu}[\\p{Lu}'’-]*\\p{Lu})?";
    /** A list's line shaped as one of these names: a surname in capitals, then a capitalised word. */
    private static final Pattern ROW = Pattern.compile(ITEM + SURNAME + " \\p{Lu}\\p{Ll}");

    /** What parts an export's cells. */
    private static final String SEPARATORS = ";|\t,";
    /** A cell shaped as one of these names, after its separator and quote. */
    private static final Pattern CELL = Pattern.compile("[;|\t,][ \t]*\"?" + SURNAME + " \\p{Lu}\\p{Ll}");

    private SurnamesInCapitalsFirst() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] || !names[t + 1] || !tokens.isCapitalised(t + 1) || !tokens.oneSpaceApart(t, t + 1)
                    || !NamesInCapitals.inCapitals(text, tokens, t)) {
                continue;
            }
            if (opensName(text, tokens, names, t)) {
                markSurname(text, tokens, lexicon, words, names, t, t);
            } else if (t > 0 && !names[t - 1] && tokens.oneSpaceApart(t - 1, t) && NamesInCapitals.inCapitals(text, tokens, t - 1)
                    && opensName(text, tokens, names, t - 1) && isSurname(text, tokens, lexicon, t - 1)) {
                // "Ostaja: EPIEYÚ URIANA Wilder Olimpo": a surname of two words in capitals.
                markSurname(text, tokens, lexicon, words, names, t - 1, t);
            }
        }
    }

    /** The surname at {@code first} opens a list's line or cell beside another such, or follows a name field's label. */
    private static boolean opensName(String text, Tokens tokens, boolean[] names, int first) {
        int line = Characters.lineStart(text, tokens.start(first));
        return OPENING.matcher(text).region(line, tokens.start(first)).matches() && besideRow(text, line)
                || afterAnotherInTheLine(text, tokens, names, first)
                || opensCell(text, line, tokens.start(first)) && besideCellRow(text, line)
                || LABEL.matcher(text).region(line, tokens.start(first)).matches();
    }

    private static void markSurname(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names,
            int first, int last) {
        if (!isSurname(text, tokens, lexicon, last)) {
            return;
        }
        for (int k = first; k <= last; k++) {
            var form = NamesInCapitals.capitalisedForm(text, tokens.start(k), tokens.end(k));
            names[k] = true;
            words[k] = lexicon.lookup(form, 0, form.length());
        }
    }

    /** The word in capitals at {@code t} can be a surname: a name, a word nobody knows, or a surname of the landscape. */
    private static boolean isSurname(String text, Tokens tokens, NameLexicon lexicon, int t) {
        var form = NamesInCapitals.capitalisedForm(text, tokens.start(t), tokens.end(t));
        var w = lexicon.lookup(form, 0, form.length());
        var lower = form.toLowerCase(Locale.ROOT);
        return w.isName() || !w.isKnown() && !NameLexicon.isThingOrWord(lower) && !NameLexicon.isMaker(lower)
                || isSurnameAlsoAPlace(form, w);
    }

    /**
     * "SUMUVAARA Venny", "LUKKARINSAARI Pia-Susanna", "TAPIOLA Rávdná": a Finnish surname of the landscape, which Voikko
     * reads as a compound of ordinary words ({@link TopographicSurnames}), or one it knows only as a place; before the
     * given name in such a list's line it is the surname all the same.
     */
    private static boolean isSurnameAlsoAPlace(String form, NameLexicon.Word w) {
        return w.is(NameLexicon.Word.PLACE) && !w.is(NameLexicon.Word.COMMON) || TopographicSurnames.is(form, 0, form.length(), w);
    }

    /**
     * A comma right before the word at {@code t}, and before it a name of this shape found: a word in capitals marked,
     * then one or two given names marked ("HAAPALA Eero Juhani, ").
     */
    private static boolean afterAnotherInTheLine(String text, Tokens tokens, boolean[] names, int t) {
        int given = t - 1;
        if (given < 1 || !names[given] || !text.startsWith(", ", tokens.end(given)) || tokens.start(t) != tokens.end(given) + 2) {
            return false;
        }
        if (given >= 2 && names[given - 1] && !NamesInCapitals.inCapitals(text, tokens, given - 1) && tokens.oneSpaceApart(given - 1, given)) {
            given--;
        }
        int surname = given - 1;
        return names[surname] && NamesInCapitals.inCapitals(text, tokens, surname) && tokens.oneSpaceApart(surname, given);
    }

    /**
     * The word opens a cell of a delimited line, past its quote ({@code "RR873697186GB";"KVARNÅKERS Gottfrid-Arvid";…}):
     * an export's name column opens its cells as a list opens its lines.
     */
    private static boolean opensCell(String text, int line, int start) {
        int i = start;
        if (i > line && text.charAt(i - 1) == '"') {
            i--;
        }
        while (i > line && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > line && SEPARATORS.indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The line before or after the one at {@code line} holds a cell shaped as such a name. */
    private static boolean besideCellRow(String text, int line) {
        int end = Characters.lineEnd(text, line);
        if (end + 1 < text.length() && CELL.matcher(text).region(end + 1, Characters.lineEnd(text, end + 1)).find()) {
            return true;
        }
        return line > 0 && CELL.matcher(text).region(Characters.lineStart(text, line - 1), line - 1).find();
    }

    /** The line before or after the one at {@code line} is shaped as a row of the list. */
    private static boolean besideRow(String text, int line) {
        int end = Characters.lineEnd(text, line);
        if (end + 1 < text.length() && ROW.matcher(text).region(end + 1, Characters.lineEnd(text, end + 1)).lookingAt()) {
            return true;
        }
        return line > 0 && ROW.matcher(text).region(Characters.lineStart(text, line - 1), line - 1).lookingAt();
    }
}
