package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Ní Dhomhnaill-Ó Briain", "Kelleher-Ní Dhomhnaill": a double surname joined by a hyphen whose second half opens with
 * an Irish particle ends its first word on the particle, and the surname after the space is the rest of it. The particle
 * binds the two as no space alone does, so they are one name with one placeholder (R3.2), and the word after it is a
 * surname whatever the lists make of it.
 */
final class IrishDoubleSurnames {

    /** Irish particles of a surname: son or grandson of, daughter of, wife of ({@link SurnameParticles}' spaced ones). */
    private static final Set<String> PARTICLES = Set.of("Ó", "Ní", "Nic", "Ua", "Uí", "Mac", "Mhic");

    private IrishDoubleSurnames() {
    }

    /** Marks in {@code joined} (made if null) each surname after a marked word's closing particle; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, boolean[] names, boolean[] joined) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && endsOnParticle(text, tokens.start(t), tokens.end(t)) && tokens.spaced(t, t + 1)
                    && tokens.isCapitalised(t + 1)) {
                names[t + 1] = true;
                joined = joined == null ? new boolean[tokens.size()] : joined;
                joined[t + 1] = true;
            }
        }
        return joined;
    }

    /** The word is a surname, a hyphen and one of the {@link #PARTICLES}: "Dhomhnaill-Ó", "Kelleher-Ní". */
    private static boolean endsOnParticle(String text, int start, int end) {
        int hyphen = text.lastIndexOf('-', end - 1);
        return hyphen > start && Character.isUpperCase(text.charAt(start)) && Characters.isOneOf(PARTICLES, text, hyphen + 1, end);
    }
}
