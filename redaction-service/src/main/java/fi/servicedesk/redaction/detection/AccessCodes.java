package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code that lets its holder in or turns on what it was given for (R8.2): a ticket's access code, a wristband's or an
 * account's activation code, a code issued anew. Whoever reads it can use the ticket, the wristband or the account, so
 * it is a credential as a PIN is. Three cues find it: the code's word that names what it does, in Finnish, Swedish or
 * English, with whom it is for before a colon ("pääsykoodin ENBG-0294", "lapsen pääsykoodi FCPZ-6885",
 * "Aktiveringskod: JZ81979", "new access code for Anna Lee: U683-P502", "Villelle lähetetty uusi pääsykoodi
 * 15383682"); a code said to be new, as an agent gives it after a reset ("new code 826888 (10 minutes)", "uusi koodi
 * 4821", "ny kod 1812"); and a bare "kod", "koodi" or "code" opening a clause on a line that names the ticket or the
 * wristband it opens ("din biljett till Way Out West: kod RSGG-6145", "Barnets armband …: Eva, 14 år, kod 809777").
 * A barcode, a wristband's or a ticket's number, an order's or a booking's reference has its own word and stays, and
 * so does a licence's or a product's activation code, which opens software for whoever bought it, not a person's place
 * or account ("Licence activation code 4821 for the app").
 */
final class AccessCodes {

    /**
     * The code: four to twelve capitals and digits with a digit, in one group or two joined by a hyphen
     * ("C697-P843", "1270-6963"), or two groups of three digits ("843 889"); not a date, a time or a longer number.
     */
    private static final String CODE = "(?<![\\p{L}\\p{N}-])([0-9]{3} [0-9]{3}"
            + "|(?=[A-Z0-9-]{0,9}[0-9])(?=[A-Z0-9-]{4})[A-Z0-9]{2,8}(?:-[A-Z0-9]{3,4})?)"
            + "(?![\\p{L}\\p{N}]|[-./,:][0-9]|[ \\t][0-9])";
    /** The code's word naming what it opens or turns on, with its Finnish cases and possessives and Swedish forms. */
    private static final String KIND = "(?iu:(?:sisään)?pääsykoodi(?:a|n|ni|si|nsa|mme|nne|ksi)?"
            + "|aktivointikoodi(?:a|n|ni|si|nsa|mme|nne|ksi)?"
            + "|(?:aktiverings|åtkomst|inpasserings|inträdes)kod(?:en)?|(?:access|activation|entry|admission) code)";
    /** Whom the code is for, before a colon: "for Anna Lee:", "till Eva:", "Ragnvald-Sixtenille:". */
    private static final String FOR_WHOM = "(?:[ \\t]+(?:for|to|till|för|åt)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){1,3}[ \\t]*:"
            + "|[ \\t]+\\p{Lu}[\\p{L}'’-]*lle[ \\t]*:)?";
    private static final String BETWEEN = "[ \\t]*(?::|(?iu:is|on|är)[ \\t])?[ \\t]*";
    /** A code said to be new: "new code", "uusi koodi", "ny kod"; digits only, as a reset gives them. */
    private static final String NEW_CODE = "(?iu:new|uusi|ny)[ \\t]+(?iu:code|koodi|kod)" + BETWEEN
            + "([0-9]{4,8})(?![\\p{L}\\p{N}]|[-./,:][0-9]|[ \\t][0-9])";
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])" + KIND + FOR_WHOM + BETWEEN + CODE
            + "|(?<![\\p{L}])" + NEW_CODE);
    /** A bare code's word opening a clause: after a line's start, a colon, a comma or a semicolon. */
    private static final Pattern BARE = Pattern.compile("(?:^|[,:;][ \\t]*)(?iu:kod|koodi|code)[ \\t]+" + CODE,
            Pattern.MULTILINE);
    /** A line that names a ticket or a wristband, whose bare code opens it. */
    private static final Pattern TICKET_LINE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:biljett|armband|lippu|lipun|lippusi|ranneke|rannekkeen|ticket|wristband)");
    /** How the word before an activation code's word begins when the code is a licence's or a product's. */
    private static final List<String> PRODUCT_STEMS = List.of("licen", "lisens", "product", "produkt", "tuote",
            "software", "ohjelm", "program");
    private static final Fragment[] WORDS = Fragment.each("koodi", "kod", "code");
    private static final int MIN_DIGITS = 4;

    private AccessCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !Fragment.anyMayBeIn(WORDS, message)) {
            return;
        }
        var text = message.value();
        var named = NAMED.matcher(text);
        while (named.find()) {
            int group = named.start(1) >= 0 ? 1 : 2;
            if (group == 1 && namesAProduct(text, named.start())) {
                continue;
            }
            add(text, named.start(group), named.end(group), findings);
        }
        var bare = BARE.matcher(text);
        while (bare.find()) {
            if (onATicketLine(text, bare.start(1))) {
                add(text, bare.start(1), bare.end(1), findings);
            }
        }
    }

    private static boolean namesAProduct(String text, int cue) {
        int before = Characters.beforeAny(text, cue, " \t");
        var previous = text.substring(Characters.wordStart(text, before), before).toLowerCase(Locale.ROOT);
        return Characters.startsWithAny(previous, PRODUCT_STEMS);
    }

    private static boolean onATicketLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        return TICKET_LINE.matcher(text).region(start, at).find();
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        if (!PasswordsAfterTheirPlace.heldAlready(findings, start, end)) {
            findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
        }
    }
}
