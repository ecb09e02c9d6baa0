package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A name before a Japanese honorific joined by a hyphen, as English and Finnish text writes one (R8.2):
 * "Kobayashi-san", "Tanaka-sensei", "Yamada-sama". Only a person is called so; the word before the hyphen is the name.
 */
final class NamesBeforeHonorifics {

    private static final String[] HONORIFICS = {"-san", "-sama", "-sensei", "-kun", "-chan"};

    private NamesBeforeHonorifics() {
    }

    static void find(String text, List<Finding> findings) {
        for (var honorific : HONORIFICS) {
            for (int at = text.indexOf(honorific); at >= 0; at = text.indexOf(honorific, at + 1)) {
                int end = at + honorific.length();
                int start = at;
                while (start > 0 && Characters.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                boolean capitalised = at - start >= 2 && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1));
                boolean wordEnds = end == text.length() || !Characters.isLetterOrNumber(text.charAt(end));
                boolean wordStarts = start == 0 || !Characters.isLetterOrNumber(text.charAt(start - 1)) && text.charAt(start - 1) != '-';
                if (capitalised && wordEnds && wordStarts) {
                    findings.add(new Finding(EntityType.NAME, start, at, text.substring(start, at).toLowerCase(Locale.ROOT)));
                }
            }
        }
    }
}
