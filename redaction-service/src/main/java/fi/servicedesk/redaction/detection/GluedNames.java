package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A name the message names, again inside a word glued together (R3.2, R8.2): camel case ("JonnaKeto.vcf" beside
 * "Jonna Keto"), a file or handle whose parts an underscore or dot joins in lower case ("palkka_keto_2026.pdf"). Only
 * where the name begins and ends at a part's edge: a letter that is not a capital after a lower-case one goes on the
 * same word ("Ketola" is not "Keto"), so the name is the whole part. Not inside an e-mail address ("keto_j@…"),
 * which {@link EmailDetector} takes whole.
 */
final class GluedNames {

    /** The fewest letters of a name looked for inside glued words: shorter ones hide in too many. */
    private static final int SHORTEST = 4;

    private GluedNames() {
    }

    /** Adds a finding for each glued mention of a name among {@code findings} from {@code first} on. */
    static void find(String text, List<Finding> findings, int first) {
        int found = findings.size();
        for (int f = first; f < found; f++) {
            var name = findings.get(f);
            if (name.type() != EntityType.NAME || name.end() - name.start() < SHORTEST || !lettersOnly(text, name.start(), name.end())) {
                continue;
            }
            int length = name.end() - name.start();
            for (int at = 0; at + length <= text.length(); at++) {
                if (text.regionMatches(true, at, text, name.start(), length) && atEdges(text, at, at + length)
                        && glued(text, at, at + length) && !covered(findings, at, at + length)
                        && !inAddress(text, at, at + length)) {
                    findings.add(new Finding(EntityType.NAME, at, at + length, name.value()));
                }
            }
        }
    }

    /** The mention begins and ends a part: a non-letter or a case change from lower to upper on each side. */
    private static boolean atEdges(String text, int start, int end) {
        boolean left = start == 0 || !Characters.isLetter(text.charAt(start - 1))
                || Character.isLowerCase(text.charAt(start - 1)) && Character.isUpperCase(text.charAt(start));
        boolean right = end == text.length() || !Characters.isLetter(text.charAt(end))
                || Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end - 1));
        return left && right;
    }

    /** Glued to the rest of its word on one side at least: a mention between spaces is the rules' to read. */
    private static boolean glued(String text, int start, int end) {
        return start > 0 && isGlue(text.charAt(start - 1)) || end < text.length() && isGlue(text.charAt(end));
    }

    /** Whether the run of characters between spaces or angle brackets that holds the mention has an '@'. */
    private static boolean inAddress(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && !isRunEnd(text.charAt(i)); i--) {
            if (text.charAt(i) == '@') {
                return true;
            }
        }
        for (int i = end; i < text.length() && !isRunEnd(text.charAt(i)); i++) {
            if (text.charAt(i) == '@') {
                return true;
            }
        }
        return false;
    }

    private static boolean isRunEnd(char c) {
        return Character.isWhitespace(c) || c == '<' || c == '>';
    }

    private static boolean isGlue(char c) {
        return Characters.isLetterOrNumber(c) || c == '_';
    }

    private static boolean lettersOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Characters.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }
}
