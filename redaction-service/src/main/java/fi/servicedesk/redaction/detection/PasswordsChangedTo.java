package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A password given as what it was changed to (R8.2): "your online account password was reset to Lemmikki56%S",
 * "salasana vaihdettiin muotoon Mänty!2207", "lösenordet återställdes till Gran#5521". The verb is one of changing or
 * setting, so a password "sent to ts9525" names its user, not itself; the secret must have a secret's shape
 * ({@link CredentialDetector#shapedLikeASecret}): "password reset to default" gives none.
 */
final class PasswordsChangedTo {

    private static final Pattern CHANGED_TO = Pattern.compile(
            "(?<!\\p{L})(?:salasana(?:si|ni|nsa|n)?|password|passwd|l[öo]senord(?:et)?)"
                    + "(?:[ \\t]+(?:has|have|was|been|is|now|successfully|on|oli|nyt|har|blev|nu)){0,3}"
                    + "[ \\t]+(?:reset|changed|set|updated|vaihdettu|vaihdettiin|nollattu|nollattiin|asetettu"
                    + "|asetettiin|ändrat|ändrades|återställt|återställdes|satt|bytt|byttes)"
                    + "[ \\t]+(?:to|till|muotoon|into)[ \\t]+[\"'“”‘’]?([^\\s\"'“”‘’]{6,64}?)[\"'“”‘’]?"
                    + "(?=\\s|[.,;:)](?:\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PasswordsChangedTo() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(PasswordsAfterTheirPlace.CUES, message)) {
            return;
        }
        var text = message.value();
        var m = CHANGED_TO.matcher(text);
        while (m.find()) {
            if (CredentialDetector.shapedLikeASecret(m.group(1))
                    && !PasswordsAfterTheirPlace.heldAlready(findings, m.start(1), m.end(1))) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, m.start(1), m.end(1)));
            }
        }
    }
}
