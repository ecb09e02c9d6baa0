package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An eSIM's activation code (R8.2): what the QR code an operator mails holds, "LPA:1$smdp.example.net$K72G-S517-4LR8"
 * (GSMA SGP.22: the format's "1", the SM-DP+ server's address, the matching id, and at times the server's OID and a
 * confirmation-code flag, each after a "$"), also without "LPA:" or as the matching id alone after an activation
 * code's word ("aktivointikoodi 1$rsp.example.com$…", "Activation code: K72GS5174LR85", "aktiveringskoden är
 * RDPX-6521-SN32-5548", "eSIM-koodisi: …"). Whoever holds the code downloads the subscriber's profile, and with it the
 * line, onto any phone: a secret, as a SIM's PIN is. After its word a code needs a digit and eight characters or more,
 * so that talk about it ("aktivointikoodi lähetettiin", "activation code expired") stays.
 */
final class EsimActivationCodes {

    /** The code's "$"-parted fields after the format's "1": the server's address, the matching id, the OID, the flag. */
    private static final String FIELDS = "1\\$[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\$[A-Za-z0-9-]*(?:\\$[0-9.]*)?(?:\\$1)?";
    /** A code with the QR code's "LPA:" before it is one whatever stands around it. */
    private static final Pattern LPA = Pattern.compile("(?<![\\p{L}\\p{N}])LPA:" + FIELDS + "(?![A-Za-z0-9$])");
    private static final Scan.Opening LPA_OPENING = Scan.Opening.of("L", (t, i) -> t.startsWith("LPA:1$", i));
    /** An activation code's word, in the cases and compounds a note gives it ("aktivointikoodin", "aktiveringskoden"). */
    private static final Pattern AFTER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:aktivointikoodi(?:a|n|ni|si|nsa|t)?|e-?SIM-koodi(?:a|n|ni|si|nsa|t)?"
                    + "|aktiveringskod(?:en|er|erna)?|e-?SIM-kod(?:en|er)?|(?:eSIM )?activation codes?|eSIM codes?)"
                    + "(?:\\s+(?:on|oli|is|was|är|var)|\\s*[:=])?\\s*"
                    + "(" + FIELDS + "|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?=\\s|[.,;:)](?:\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Scan.Opening WORD_OPENING = Scan.Opening.of("aAeE",
            (t, i) -> Characters.notAfterLetter(t, i, ""));
    private static final Fragment[] WORDS = Fragment.each("lpa:", "aktivointikoodi", "aktiveringskod", "activation code",
            "sim-kod", "sim code");
    /** The fewest characters of a matching id given after its word alone. */
    private static final int MIN_MATCHING_ID = 8;

    private EsimActivationCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(WORDS, message)) {
            return;
        }
        var text = message.value();
        var lpa = new Scan(LPA, message);
        for (int from = 0; lpa.find(from, LPA_OPENING); from = lpa.match().end()) {
            findings.add(Finding.of(EntityType.CREDENTIAL, text, lpa.match().start(), lpa.match().end()));
        }
        var afterWord = new Scan(AFTER_WORD, message);
        for (int from = 0; afterWord.find(from, WORD_OPENING); from = afterWord.match().end()) {
            var code = afterWord.match().group(1);
            if (code.startsWith("1$") || shapedLikeAMatchingId(code)) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, afterWord.match().start(1), afterWord.match().end(1)));
            }
        }
    }

    /**
     * Eight characters or more with a digit, no date and no error's hex code: "K72GS5174LR85", not "lähetettiin",
     * "expired", "2026-03-12", "0xC004F074".
     */
    private static boolean shapedLikeAMatchingId(String code) {
        if (code.length() < MIN_MATCHING_ID || CredentialDetector.DATE.matcher(code).matches() || code.startsWith("0x")) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (Scan.isDigit(code.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
