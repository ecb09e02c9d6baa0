package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ASCII letters a login may write for a word of its owner's name. Systems that build logins spell the letters
 * decomposition leaves as they are in more than one way: transliterated ({@link AddressLocalParts#foldedLetters}:
 * "Đình" → "dinh", "Þórður" → "thordur"), with the German umlauts written out ("Schäfer" → "schaefer"), or dropped
 * when the system keeps only the ASCII letters left after taking the marks off ("Đình" → "inh", "Ægir" → "gir").
 */
final class LoginSpellings {

    private LoginSpellings() {
    }

    /** The distinct spellings of {@code word}, the transliterated first; none when it has no letters. */
    static List<String> of(String word) {
        var spellings = new ArrayList<String>(1);
        add(spellings, AddressLocalParts.foldedLetters(word));
        var lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0 || lower.indexOf('ü') >= 0) {
            add(spellings, AddressLocalParts.foldedLetters(
                    lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")));
        }
        add(spellings, AddressLocalParts.asciiLetters(Unaccented.of(word)));
        return spellings;
    }

    private static void add(List<String> spellings, String spelling) {
        if (!spelling.isEmpty() && !spellings.contains(spelling)) {
            spellings.add(spelling);
        }
    }
}
