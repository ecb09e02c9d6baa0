package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * Instruments, devices and methods named after who made or described them, written as one word with their kind: the
 * Swedish compound, in any of its forms ("Kocherpeangen", "Kerrfilar", "Luerkopplingen", "Seldingerteknik"), and the
 * Finnish one joined by a hyphen ("Kerr-viila", "Foley-katetrilla", "Kocher-peangisarja", "Seldinger-tekniikka"). The
 * name there is the instrument's, no one the message is about, so it stays also where a person of the same surname is
 * named beside it ("Kerrfilen används; Aina Kerrs remiss är en annan").
 */
final class InstrumentsNamedAfterPeople {

    /**
     * Swedish kinds of instruments, devices and methods, with their definite and plural forms, as written at a
     * compound's end: files, curettes, locks and couplings, needles, forceps, clamps, syringes, catheters, cannulas,
     * probes, scalpels, retractors, mirrors, scales and tests, methods, techniques, grips and manoeuvres. The bare
     * form only of the longer kinds: given names and surnames end in the short ones (Teofil, Hasselås, Lindhake, Nordtest).
     */
    private static final WordSet SWEDISH_KINDS = WordSet.of(Set.of("filen", "filar", "filarna", "kyrett",
            "kyretten", "kyretter", "kyretterna", "låset", "låsen", "koppling", "kopplingen", "kopplingar",
            "nålen", "nålar", "tången", "tänger", "pincett", "pincetten", "pincetter", "peang", "peangen",
            "peanger", "klämma", "klämman", "klämmor", "spruta", "sprutan", "sprutor", "kateter", "katetern", "katetrar",
            "kanyl", "kanylen", "kanyler", "sonden", "sonder", "skalpell", "skalpellen", "haken",
            "hakar", "spegeln", "speglar", "skalan", "testet", "metod", "metoden", "metoder",
            "teknik", "tekniken", "greppet", "manöver", "manövern"));
    /** The shortest and longest Swedish kind above, in characters. */
    private static final int SHORTEST_KIND = 5;
    private static final int LONGEST_KIND = 10;
    /** The fewest letters of the name before the kind ("Luer"). */
    private static final int SHORTEST_NAME = 3;
    /**
     * The same kinds in Finnish, by base form: the end of the head word's base form ("harjaustekniikka"), or, a head
     * Voikko does not know ("kyrettisarja", "lukkoruisku"), its opening as written, without the base form's last vowel
     * so that the cases are met ("kyrettiä", "lukkoa").
     */
    private static final List<String> FINNISH_KINDS = List.of("viila", "kyretti", "lukko", "liitin", "neula", "pihdit",
            "peangi", "ruisku", "katetri", "kanyyli", "sondi", "skalpelli", "hakanen", "peili", "asteikko",
            "menetelmä", "tekniikka", "testi", "manööveri");

    private InstrumentsNamedAfterPeople() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && endsInSwedishKind(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    /** "Kerrfilen": a capitalised name of a few letters and a Swedish kind in lower case glued to it. */
    private static boolean endsInSwedishKind(String text, int start, int end) {
        for (int length = SHORTEST_KIND; length <= LONGEST_KIND && end - length - start >= SHORTEST_NAME; length++) {
            int kind = end - length;
            if (Character.isLowerCase(text.charAt(kind)) && SWEDISH_KINDS.contains(text, kind, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of a Finnish compound after its hyphen, {@code text[start, end)} with its base form {@code base} (null
     * when Voikko does not know it), is an instrument's or a method's kind.
     */
    static boolean isKind(String text, int start, int end, String base) {
        if (base != null && Characters.endsWithAny(base, FINNISH_KINDS)) {
            return true;
        }
        for (var kind : FINNISH_KINDS) {
            int stem = NameWords.isVowel(kind.charAt(kind.length() - 1)) ? kind.length() - 1 : kind.length();
            if (end - start >= stem && text.regionMatches(true, start, kind, 0, stem)) {
                return true;
            }
        }
        return false;
    }
}
