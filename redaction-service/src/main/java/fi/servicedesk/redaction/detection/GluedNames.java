package fi.servicedesk.redaction.detection;

import java.util.Arrays;
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

    /**
     * Adds a finding for each glued mention of a name among {@code findings} from {@code first} on. One pass over the
     * text, each name tried only where a part opens; the mentions are then added name by name, so that of two that
     * overlap, the earlier name's is kept.
     */
    static void find(String text, List<Finding> findings, int first) {
        if (findings.size() == first) {
            return;
        }
        int[] names = new int[findings.size() - first];
        int nameCount = 0;
        for (int f = first; f < findings.size(); f++) {
            var name = findings.get(f);
            if (name.type() == EntityType.NAME && name.end() - name.start() >= SHORTEST && lettersOnly(text, name.start(), name.end())) {
                names[nameCount++] = f;
            }
        }
        long[] mentions = null;
        int count = 0;
        for (int at = 0; nameCount > 0 && at < text.length(); at++) {
            if (!opensAPart(text, at)) {
                continue;
            }
            for (int n = 0; n < nameCount; n++) {
                var name = findings.get(names[n]);
                int end = at + name.end() - name.start();
                if (end <= text.length() && text.regionMatches(true, at, text, name.start(), end - at) && closesAPart(text, end)
                        && glued(text, at, end) && !inAddress(text, at, end)) {
                    if (mentions == null || count == mentions.length) {
                        mentions = mentions == null ? new long[4] : Arrays.copyOf(mentions, count * 2);
                    }
                    mentions[count++] = (long) n << 32 | at;
                }
            }
        }
        if (count == 0) {
            return;
        }
        Arrays.sort(mentions, 0, count);
        for (int m = 0; m < count; m++) {
            var name = findings.get(names[(int) (mentions[m] >>> 32)]);
            int at = (int) mentions[m];
            int end = at + name.end() - name.start();
            if (Finding.noneOverlaps(findings, at, end)) {
                findings.add(new Finding(EntityType.NAME, at, end, name.value()));
            }
        }
    }

    /** A part begins at {@code start}: after a non-letter or at a case change from lower to upper. */
    private static boolean opensAPart(String text, int start) {
        return start == 0 || !Characters.isLetter(text.charAt(start - 1))
                || Character.isLowerCase(text.charAt(start - 1)) && Character.isUpperCase(text.charAt(start));
    }

    /** A part ends at {@code end}: before a non-letter or at a case change from lower to upper. */
    private static boolean closesAPart(String text, int end) {
        return end == text.length() || !Characters.isLetter(text.charAt(end))
                || Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end - 1));
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
}
