package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The code that lets a customer into a self-service portal (R8.2), a payment plan's or a debt collector's, after a
 * portal's code word or an activation code's word with the portal named after it: "Payment
 * plan portal code TDDW-9500 sent by SMS", "Aktiveringskod till portalen 0508-8899-SE skickad till Tilma",
 * "aktivointikoodi portaaliin 4821-7730-KX". Whoever holds it opens the customer's account, as with a one-time code. The
 * code is digits ("47415593") or capitals and digits in hyphened groups ({@link CredentialDetector#LETTERS_AND_DIGITS}),
 * so that talk about it ("portal code expired", "aktiveringskod skickad") and a date stay: the words are read in any
 * case, the code's capitals not ("x86-64" is no code). A colon may stand right before the code ("Portaalikoodi:4821").
 * An eSIM's activation code, a longer string, is {@link EsimActivationCodes}'s.
 */
final class PortalCodes {

    private static final int MIN_DIGITS = 4;
    /** The code's word, in the cases and compounds a note gives it, and the portal it is for when named after it. */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}])(?iu:portaalikoodi(?:a|n|nsa|si)?|portalkod(?:en)?|portal code"
                    + "|(?:aktivointikoodi(?:a|n|nsa|si)?|aktiveringskod(?:en)?|activation code)"
                    + "\\s+(?:portaaliin|portaalin|till portalen|för portalen|(?:for|to) the portal))"
                    + "(?:\\s+(?iu:on|oli|is|was|är|var)\\s+|\\s*:\\s*|\\s+)"
                    + "([0-9]{" + MIN_DIGITS + ",8}(?![\\p{L}\\p{N}-])|" + CredentialDetector.LETTERS_AND_DIGITS + ")"
                    + "(?![.,/][0-9])");
    private static final Scan.Opening OPENING = Scan.Opening.of("aApP", (t, i) -> Characters.notAfterLetter(t, i, ""));
    private static final Fragment[] WORDS = Fragment.each("aktivointikoodi", "portaalikoodi", "aktiveringskod",
            "portalkod", "activation code", "portal code");

    private PortalCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !Fragment.anyMayBeIn(WORDS, message)) {
            return;
        }
        var code = new Scan(CODE, message);
        for (int from = 0; code.find(from, OPENING); from = code.match().end()) {
            findings.add(Finding.of(EntityType.CREDENTIAL, message.value(), code.match().start(1), code.match().end(1)));
        }
    }
}
