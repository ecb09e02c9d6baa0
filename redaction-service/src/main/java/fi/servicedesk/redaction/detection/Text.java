package fi.servicedesk.redaction.detection;

/**
 * A message as every detector sees it, read once: which ASCII characters it holds and how many
 * digits, so that a detector whose entities need an {@code @}, a {@code =} or nine digits passes
 * over a text without them at once; and its words, made on first use and shared.
 */
public final class Text {

    private final String value;
    private final long low;
    private final long high;
    private final int digits;
    private Tokens words;

    private Text(String value, long low, long high, int digits) {
        this.value = value;
        this.low = low;
        this.high = high;
        this.digits = digits;
    }

    public static Text of(String value) {
        long low = 0;
        long high = 0;
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 64) {
                low |= 1L << c;
                if (c >= '0' && c <= '9') {
                    digits++;
                }
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
        }
        return new Text(value, low, high, digits);
    }

    public String value() {
        return value;
    }

    /** How many ASCII digits the text holds. */
    int digits() {
        return digits;
    }

    /** Whether the text holds the ASCII character {@code c}. */
    boolean has(char c) {
        return c < 64 ? (low >>> c & 1) != 0 : (high >>> (c - 64) & 1) != 0;
    }

    /** The words of the text (see {@link Tokens}); not thread-safe, as a Text belongs to one call. */
    Tokens words() {
        if (words == null) {
            words = Tokens.of(value);
        }
        return words;
    }
}
