package fi.servicedesk.redaction.detection;

/**
 * What a bot's or a recogniser's training data says of its own words ({@link TaggedTokenRows},
 * {@link EntityAnnotations}): a word it labels as a person's is a name (R3.2, R8.2), and its labels ("B-PER",
 * "etunimi", "first_name") name no one. Their word goes over the rules' and the model's.
 */
final class Annotations {

    /** A label, a tag or a column of the annotation, not the text's. */
    static final byte LABEL = 1;
    /** A word the annotation labels as a person's. */
    static final byte PERSON = 2;

    private Annotations() {
    }

    /** {@code roles}, or a new array for {@code size} words where it is null. */
    static byte[] orNew(byte[] roles, int size) {
        return roles != null ? roles : new byte[size];
    }

    /**
     * A word labelled as a person's is a name, a label is none. Applied before the look-alike rules and again after
     * them, which would read "Ensille" or "Veli" as the words.
     */
    static void apply(byte[] roles, boolean[] names) {
        for (int t = 0; roles != null && t < names.length; t++) {
            if (roles[t] != 0) {
                names[t] = roles[t] == PERSON;
            }
        }
    }
}
