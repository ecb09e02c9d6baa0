package fi.servicedesk.redaction.detection;

/**
 * A piece of text, in lower case, that a detector looks for in every message (a cue such as
 * " at " or "sala", the opening of a known name), with the bits of its adjacent pairs in
 * {@link Text}'s filter made once: asking the filter is then four tests, not a pass over the piece.
 */
final class Fragment {

    private final String lower;
    private final long[] bits;
    /**
     * The piece's character where it is one ASCII character, else 0: a piece of one character has no pair, so the
     * filter would let every message through ("_", ":" before a tool's login), and {@link Text#has} answers instead.
     */
    private final char single;

    private Fragment(String lower) {
        this.lower = lower;
        this.bits = Text.pairBits(lower);
        this.single = lower.length() == 1 && lower.charAt(0) < 128 ? lower.charAt(0) : 0;
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
        if (single != 0) {
            return message.has(single) || message.has(Character.toUpperCase(single));
        }
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
