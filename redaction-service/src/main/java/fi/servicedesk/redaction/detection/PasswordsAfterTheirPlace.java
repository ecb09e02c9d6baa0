package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A password given after a few words that say where it is written or whose it is, before "on/is/är" (R8.2): "the guest
 * wifi password on the office wall is Kuusi_4821", "vierasverkon salasana seinällä on Mänty!2207", "gästnätets lösenord
 * på kontorsväggen är Gran#5521", "lösenordet till grannens nät ar …". One to four words between on one line; the
 * secret must have a secret's shape
 * ({@link CredentialDetector#shapedLikeASecret}), as the words can be any: "password on the wiki is outdated".
 */
final class PasswordsAfterTheirPlace {

    private static final Pattern PASSWORD_AND_PLACE = Pattern.compile(
            "(?<!\\p{L})(?:salasana\\p{L}*|password|passwd|l[öo]senord(?:et)?)"
                    + "((?:[ \\t]+[\\p{L}\\p{N}'’_-]+){1,4}?)"
                    + "[ \\t]+(?:on|oli|is|was|är|ar|var)[ \\t]+[\"'“”‘’]?([^\\s\"'“”‘’]{6,64}?)[\"'“”‘’]?(?=\\s|[.,;:)](?:\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What every password's word of these rules holds, for the pair filter. */
    static final Fragment[] CUES = {Fragment.of("salasana"), Fragment.of("password"), Fragment.of("passwd"),
            Fragment.of("senord")};

    private PasswordsAfterTheirPlace() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(CUES, message)) {
            return;
        }
        var text = message.value();
        var m = PASSWORD_AND_PLACE.matcher(text);
        while (m.find()) {
            var secret = m.group(2);
            if (CredentialDetector.shapedLikeASecret(secret) && !heldAlready(findings, m.start(2), m.end(2))) {
                findings.add(new Finding(EntityType.CREDENTIAL, m.start(2), m.end(2), secret));
            }
        }
    }

    /** Whether a credential found already covers {@code [start, end)}: another rule's cue read it first. */
    static boolean heldAlready(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.type() == EntityType.CREDENTIAL && finding.start() <= start && end <= finding.end()) {
                return true;
            }
        }
        return false;
    }
}
