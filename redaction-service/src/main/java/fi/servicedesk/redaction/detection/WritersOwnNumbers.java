package fi.servicedesk.redaction.detection;

import java.util.regex.Pattern;

/**
 * The words that give a number as the writer's own: a first person's pronoun as an object or an owner, "call me on",
 * "my number", "soita minulle", "numeroni", "ring mig", "mitt nummer". A person may name a service's line and their own
 * in one breath; the pronoun before a number keeps it the writer's phone (R5.3).
 */
final class WritersOwnNumbers {

    /** The pronouns in English, Finnish (also the spoken "mulle", "mun") and Swedish, whole words. */
    private static final Pattern PRONOUNS = Pattern.compile("(?<!\\p{L})(?:me|my|mine|minulle|minuun|minua|minut|minun|"
            + "mulle|muhun|mua|mut|mun|numeroni|mig|min|mitt)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private WritersOwnNumbers() {
    }

    /** Whether the words in {@code [from, to)} give the number after them as the writer's own. */
    static boolean givenIn(String text, int from, int to) {
        return PRONOUNS.matcher(text).region(from, to).find();
    }
}
