package fi.servicedesk.redaction.detection;

/**
 * The common English words whose usual sense is a noun, singular and plural ("period", "payments",
 * "printer"; not "says", "check" or "will"): english-nouns.txt, derived from SCOWL and WordNet by
 * tools/english-nouns (names/NOTICE). A name word before one is a thing's name ("Grace period",
 * "the Julia language"). About 29,000 words of ASCII letters.
 */
final class EnglishNouns {

    private static final SortedLines WORDS = SortedLines.read("/names/english-nouns.txt", "the English noun list");

    private EnglishNouns() {
    }

    /** Whether {@code text[start, end)}, its capitals lower-cased, is one of the nouns. */
    static boolean contains(String text, int start, int end) {
        return WORDS.contains(text, start, end);
    }
}
