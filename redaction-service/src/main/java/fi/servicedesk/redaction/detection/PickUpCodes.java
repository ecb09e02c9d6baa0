package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pick-up code given to the one who collects a card, a parcel or a child (R8.2): whoever holds it is handed what it
 * was given for, so it is a credential, as a PIN is. The code's word ("noutokoodi", "hakukoodin", "hämtkod",
 * "upphämtningskoden", "collection code", "pick-up code") is given to someone named in its clause: the one it goes to
 * before a colon ("hämtkod till Eva: 153710", "noutokoodi Mirjalle: 4821", "collection code for Anna:
 * 4821"), in the Finnish allative before a verb of sending ("Pekka Virtaselle lähetetty noutokoodi 602915"), or after
 * the code, a person or a number it was sent to ("noutokoodi 4052 lähetetty Maijalle", "noutokoodi 602915 numeroon
 * 044 569 3885", "kod 4821 skickad till Eva"); or the code stands in the bracket after the collector's name, beside
 * their phone ("naapuri Aino Koski (03 962 5917, noutokoodi 5587)") or right after that bracket ("Collection by
 * neighbour Anna Lee (+358 44 253 6289), pick-up code 8267", "Hämtas av grannen Eva Berg (+358 18 289 45), hämtkod
 * 5219"); or the code is a new one, issued to the one the old one failed ("Uusi noutokoodi 16575265, L455", "new
 * pick-up code GD1934"). A pick-up code a notice gives with no one to give it to ("Lähetyksen seurantakoodi lähetettiin
 * tekstiviestillä, noutokoodi 1405.", "Upphämtningskod 6269.") is the service point's look-alike and stays, and so
 * is one after a bracket that holds no phone ("Pasilan asema (ma–pe 9–17), noutokoodi 1405").
 */
final class PickUpCodes {

    /**
     * The one a code is given to, up to its colon: one to three capitalised words after "till", "för", "åt", "to" or
     * "for", or ending in the Finnish allative ("Jussi Niemiselle").
     */
    static final String RECIPIENT = "(?:[ \\t]+(?:till|för|åt|to|for)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){1,3}"
            + "|(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}[ \\t]+\\p{Lu}[\\p{L}'’-]*lle)[ \\t]*:[ \\t]*";
    /** The pick-up code's word, with its Finnish cases and possessive suffixes and its Swedish definite forms. */
    private static final String CUE = "(?iu:(?:nouto|haku|luovutus)koodi(?:a|n|ni|si|nsa|mme|nne)?"
            + "|(?:upp|av)?hämt(?:nings)?kod(?:en)?|utlämningskod(?:en)?|(?:collection|pick-?up) code)";
    /** The shapes a parcel locker prints a code in beside plain digits: "612-966", "XP3636". */
    static final String LOCKER_SHAPES = "[0-9]{3}-[0-9]{3}|[A-Z]{1,2}[0-9]{4}";
    /** What ends a code: no letter or digit, nor a date's, time's or amount's separator and digit after it. */
    static final String CODE_END = "(?![\\p{L}\\p{N}]|[-./,:][0-9])";
    /**
     * The code: four to eight digits, two groups of three ("612-966") or one or two capitals before four digits
     * ("XP3636"), as a parcel locker prints it; no date's, time's or amount's separator and digit after it.
     */
    private static final String CODE = "([0-9]{4,8}|" + LOCKER_SHAPES + ")" + CODE_END;
    /** A code issued anew, to the one the old one failed: "Uusi noutokoodi", "uuden hakukoodin", "new pick-up code". */
    private static final String NEW = "(?iu:uusi|uuden|new|ny|nya)";
    private static final String SENT = "(?:lähetetty|lähetettiin|annettu|annettiin|skickad|skickades|skickat|sent|given)";
    /** Where the code went after it: a person named, or a number ("numeroon", "till numret", "to the number"). */
    private static final String SENT_AFTER = "[ \\t]+(?:" + SENT + "[ \\t]+(?:(?:till|to|for)[ \\t]+)?\\p{Lu}"
            + "|(?:(?:" + SENT + "[ \\t]+)?(?:numeroon|till numret|till nummer|to the number|to number|to \\+?[0-9])))";
    /** The collector's phone in the bracket after their name: "(+358 44 253 6289)", "(+46 (0)73 000 8407)". */
    private static final String PHONE_IN_BRACKETS = "\\(\\+?[0-9][0-9 ()-]{5,20}\\)";
    private static final Pattern GIVEN = Pattern.compile(
            "(?<![\\p{L}])" + CUE + RECIPIENT + CODE
                    + "|(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*lle[ \\t]+" + SENT + "[ \\t]+(?iu:uusi[ \\t]+)?" + CUE + "[ \\t]+" + CODE
                    + "|(?<![\\p{L}])" + CUE + "[ \\t]+" + CODE + "(?=" + SENT_AFTER + ")"
                    + "|(?<![\\p{L}])" + NEW + "[ \\t]+" + CUE + "[ \\t]*:?[ \\t]*" + CODE
                    + "|\\p{Lu}[\\p{L}'’-]*[ \\t]+\\((?:[^()\\n]{0,40}?[,;][ \\t]*)?" + CUE + "[ \\t]*:?[ \\t]*" + CODE
                    + "[ \\t]*\\)"
                    + "|\\p{Lu}[\\p{L}'’-]*[ \\t]+" + PHONE_IN_BRACKETS + "[ \\t]*[,;][ \\t]*" + CUE + "[ \\t]*:?[ \\t]*" + CODE);
    /** What every cue holds, for the pair filter. */
    private static final Fragment[] WORDS = Fragment.each("noutokoodi", "hakukoodi", "luovutuskoodi", "hämt",
            "utlämningskod", "collection code", "pickup code", "pick-up code");
    private static final int MIN_DIGITS = 4;

    private PickUpCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !Fragment.anyMayBeIn(WORDS, message)) {
            return;
        }
        var text = message.value();
        var m = GIVEN.matcher(text);
        while (m.find()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.start(group) >= 0 && !PasswordsAfterTheirPlace.heldAlready(findings, m.start(group), m.end(group))) {
                    findings.add(Finding.of(EntityType.CREDENTIAL, text, m.start(group), m.end(group)));
                }
            }
        }
    }
}
