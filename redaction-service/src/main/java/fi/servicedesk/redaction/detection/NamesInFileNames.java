package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name in a document's file name, its parts joined by underscores and so no words to the other rules (R3.2,
 * R8.2): "CV_Aino_Virtanen.pdf", "sopimus_Jänis.docx", "offer_Sparrow.docx". A capitalised part is a name where it
 * has a name's reading and is no product's, maker's or month's; one that is also an English word or unknown only
 * beside a name that is no word, or in a personal document's name ("CV", "offer", "sopimus": what a person is sent or
 * sends about themselves). "Budget_Final.xlsx", "Windows_Update.log" stay.
 */
final class NamesInFileNames {

    private static final Pattern FILE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_.-])((?:[\\p{L}\\p{N}-]+_)+[\\p{L}\\p{N}-]+)"
            + "\\.(?i:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|jpe?g|png|heic|tiff?|zip|msg|eml)(?![\\p{L}\\p{N}])");
    /** The words of a personal document's name, in lower case: its parts after them are the person's. */
    private static final Set<String> PERSONAL_DOCUMENTS = Set.of("cv", "resume", "offer", "contract", "payslip",
            "passport", "certificate", "application", "sopimus", "tarjous", "hakemus", "todistus", "passi", "palkkakuitti",
            "ansioluettelo", "avtal", "intyg", "ansökan", "pass");

    private NamesInFileNames() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        var matcher = FILE_NAME.matcher(text);
        while (matcher.find()) {
            var parts = matcher.group(1).split("_");
            int start = matcher.start(1);
            var readings = new NameLexicon.Word[parts.length];
            boolean strong = false;
            boolean personal = false;
            for (int i = 0; i < parts.length; i++) {
                var lower = parts[i].toLowerCase(Locale.ROOT);
                personal |= PERSONAL_DOCUMENTS.contains(lower);
                if (isCapitalisedWord(parts[i]) && !NameLexicon.isThingOrWord(lower) && !NameLexicon.isMaker(lower)
                        && !NotAPerson.isMonth(lower)) {
                    readings[i] = lexicon.lookup(parts[i], 0, parts[i].length());
                    strong |= readings[i].isName() && !isWord(parts[i], readings[i]);
                }
            }
            for (int i = 0, at = start; i < parts.length; at += parts[i].length() + 1, i++) {
                var w = readings[i];
                boolean nameReading = w != null && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST));
                boolean unknown = w != null && !w.isKnown() && !EnglishNouns.contains(parts[i], 0, parts[i].length());
                if ((nameReading || unknown) && (strong || personal) || nameReading && !isWord(parts[i], w)) {
                    findings.add(new Finding(EntityType.NAME, at, at + parts[i].length(),
                            w.isName() && w.base() != null ? w.base() : parts[i].toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    private static boolean isCapitalisedWord(String part) {
        if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || !Character.isLowerCase(part.charAt(1))) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Characters.isLetter(part.charAt(i)) && part.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** An English word ("Sparrow", "Chance") or an ordinary Finnish one ("Jänis"): a name only with support. */
    private static boolean isWord(String part, NameLexicon.Word w) {
        return w.is(NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.COMMON) || EnglishNouns.contains(part, 0, part.length());
    }
}
