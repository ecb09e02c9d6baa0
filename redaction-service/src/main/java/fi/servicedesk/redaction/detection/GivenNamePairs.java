package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two names alone that are one person's given names, one span as {@link GivenNamesOfOnePerson} makes them before a
 * surname (R3.2, R8.2): a pair the message writes elsewhere as one person's given names, before a surname ("Juma Amani
 * Mwakilema-Njoroge … Juma Amanin mukaan"), after a register's surname in capitals ("Takaaja: RASOANAIVO-RABEARIVELO
 * Tiana Fanja … Siirrän Tiana Fanjalle") or after an entry's surname alone, in any case ending of its last name; a pair after the surname
 * where an entry writes the surname first and alone, before a comma or in the cell before ("Gonçalves Pinto, João
 * Pedro", "| Schäfer-Hoffmann | Friederike Hannelore |", "Watchers: Faleolo-Taufa, Malia Losa"), unless the lists
 * know its last name only as a surname (a list of people: "Virtanen, Pekka Korhonen"); and a pair a login of the
 * message writes run together beside the surname ({@link GivenNamesInLogins}: "Yagana Kaltumi … yaganakaltumi.pikivuori").
 */
final class GivenNamePairs {

    /** What parts a surname written first from the given names after it: a comma, a cell's bar or semicolon, a tab. */
    private static final String AFTER_SURNAME = ",|;\t";

    private GivenNamePairs() {
    }

    /** Marks in {@code joined} (made if null) the second of each such pair; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        var logins = GivenNamesInLogins.logins(text);
        joined = join(text, tokens, words, names, joined, logins);
        // A pair this pass joined by its entry's layout (after a surname alone before its comma or cell) is one person's
        // given names where the message writes it alone too ("Zongo-Kaboré;Wendkouni Rasmata … Wendkouni Rasmata ja …").
        return joined == null ? null : join(text, tokens, words, names, joined, logins);
    }

    private static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined,
            List<String[]> logins) {
        int n = tokens.size();
        Set<String> pairs = joined == null ? Set.of() : givenNamePairs(text, tokens, words, names, joined);
        for (int t = 0; t + 1 < n; t++) {
            if (isPairAlone(text, tokens, names, joined, t)
                    && (pairs.contains(DoubleSurnames.base(text, tokens, words, t) + " " + DoubleSurnames.base(text, tokens, words, t + 1))
                    || writtenElsewhere(text, tokens, words, t, pairs)
                    || followsSurnameAlone(text, tokens, names, joined, t) && !DoubleSurnames.isKnownSurnameOnly(words[t + 1])
                    || isGivenNameOnly(words[t + 1]) && PairsOfOnePerson.standsForOnePerson(text, tokens, words, t)
                    || GivenNamesInLogins.runTogether(logins, text, tokens, names, t))) {
                joined = joined == null ? new boolean[n] : joined;
                joined[t + 1] = true;
            }
        }
        return joined;
    }

    /**
     * The lists know the word as a given name and not as a surname: a greeting, a kin word or a speaker's place is as
     * often a given name's and its surname's ("Hi Mark Corner,", "äitinsä Pilar Núñez"), so only such a second word
     * makes the pair one person's given names there.
     */
    private static boolean isGivenNameOnly(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST) && !w.is(NameLexicon.Word.LAST);
    }

    /**
     * The pairs of given names joined where the message writes one person's whole name: two words joined with the surname
     * after them on the same line, or after the surname a register writes first in capitals ("RASOANAIVO-RABEARIVELO
     * Tiana Fanja") or an entry writes alone before its comma or cell ("Zongo-Kaboré;Wendkouni Rasmata").
     */
    private static Set<String> givenNamePairs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        Set<String> pairs = new HashSet<>();
        for (int t = 1; t < tokens.size(); t++) {
            if (joined[t] && !joined[t - 1] && !(t + 1 < tokens.size() && joined[t + 1])
                    && (t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1)
                    || t > 1 && names[t - 2] && tokens.spaced(t - 2, t - 1) && NamesInCapitals.inCapitals(text, tokens, t - 2)
                    && !NamesInCapitals.inCapitals(text, tokens, t - 1)
                    || followsSurnameAlone(text, tokens, names, joined, t - 1))) {
                pairs.add(DoubleSurnames.base(text, tokens, words, t - 1) + " " + DoubleSurnames.base(text, tokens, words, t));
            }
        }
        return pairs;
    }

    /** The pair's last name is a case form of a pair's last name ("Amanin" of "Amani"). */
    private static boolean writtenElsewhere(String text, Tokens tokens, NameLexicon.Word[] words, int t, Set<String> pairs) {
        String first = DoubleSurnames.base(text, tokens, words, t) + " ";
        String last = text.substring(tokens.start(t + 1), tokens.end(t + 1)).toLowerCase(Locale.ROOT);
        for (String pair : pairs) {
            if (pair.startsWith(first) && NameWords.isFormOf(last, pair.substring(first.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Two marked words one space apart, neither joined to a name and no marked word right before or after them. */
    private static boolean isPairAlone(String text, Tokens tokens, boolean[] names, boolean[] joined, int t) {
        int n = tokens.size();
        return names[t] && names[t + 1] && tokens.spaced(t, t + 1) && text.charAt(tokens.end(t)) == ' ' && tokens.start(t + 1) == tokens.end(t) + 1
                && (joined == null || !joined[t] && !joined[t + 1] && !(t + 2 < n && joined[t + 2]))
                && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t)) && !(t + 2 < n && names[t + 2] && tokens.spaced(t + 1, t + 2));
    }

    /**
     * The pair stands after a comma, bar, semicolon or tab, before which stands one surname alone in its entry (a word or
     * words joined into one), from the line's start or the bar, semicolon or tab before it.
     */
    private static boolean followsSurnameAlone(String text, Tokens tokens, boolean[] names, boolean[] joined, int t) {
        if (t == 0 || !names[t - 1]) {
            return false;
        }
        String between = text.substring(tokens.end(t - 1), tokens.start(t)).replace(" ", "");
        if (between.length() != 1 || AFTER_SURNAME.indexOf(between.charAt(0)) < 0) {
            return false;
        }
        int first = t - 1;
        while (first > 0 && joined != null && joined[first]) {
            first--;
        }
        return opensEntry(text, first == 0 ? 0 : tokens.end(first - 1), tokens.start(first));
    }

    /**
     * Only spaces stand in {@code text[from, to)} after a line break, a bar, a semicolon, a tab, an equals sign or the
     * colon after a field's label ("Watchers: Faleolo-Taufa, Malia Losa"), or the text's start.
     */
    private static boolean opensEntry(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c != ' ') {
                return "\n\r|;\t=:".indexOf(c) >= 0;
            }
        }
        return from == 0;
    }

}
