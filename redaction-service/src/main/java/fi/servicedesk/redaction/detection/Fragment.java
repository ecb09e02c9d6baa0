package fi.servicedesk.redaction.detection;

/**
 * A piece of text, in lower case, that a detector looks for in every message (a cue such as
 * " at " or "sala", the opening of a known name), with the bits of its adjacent pairs in
 * {@link Text}'s filter made once: asking the filter is then four tests, not a pass over the piece.
 */
final class Fragment {

    private final String lower;
    private final long[] bits;

    private Fragment(String lower) {
        this.lower = lower;
        this.bits = Text.pairBits(lower);
    }

    static Fragment of(String lower) {
        return new Fragment(lower);
    }

    /** A fragment of each piece, in their order. */
    static Fragment[] each(String... lower) {
        var fragments = new Fragment[lower.length];
        for (int i = 0; i < lower.length; i++) {
            fragments[i] = of(lower[i]);
        }
        return fragments;
    }

    String lower() {
        return lower;
    }

    /** False when the piece is surely not in the message in any case; true when it may be, and the caller looks. */
    boolean mayBeIn(Text message) {
        return message.mayContain(bits);
    }

    /** {@link #mayBeIn} for any of {@code fragments}: the guard a detector asks before it reads a message for its cues. */
    static boolean anyMayBeIn(Fragment[] fragments, Text message) {
        for (var fragment : fragments) {
            if (fragment.mayBeIn(message)) {
                return true;
            }
        }
        return false;
    }
}
