package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * The common English words whose usual sense is a noun, singular and plural ("period", "payments",
 * "printer"; not "says", "check" or "will"): english-nouns.txt, derived from SCOWL and WordNet by
 * tools/english-nouns (names/NOTICE). A name word before one is a thing's name ("Grace period",
 * "the Julia language"). About 29,000 words of ASCII letters.
 */
final class EnglishNouns {

    private static final SortedLines WORDS = SortedLines.read("/names/english-nouns.txt", "the English noun list");
    /** The adverbs a phrasal verb's noun ends with, written as one word: "handover", "rollout", "signoff". */
    private static final List<String> PARTICLES = List.of("over", "out", "off", "up", "down", "back", "away");
    /** The fewest letters of the verb before the particle: "cutover", not "dover" or "sup". */
    private static final int SHORTEST_VERB = 3;

    private EnglishNouns() {
    }

    /** Whether {@code text[start, end)}, its capitals lower-cased, is one of the nouns. */
    static boolean contains(String text, int start, int end) {
        return WORDS.contains(text, start, end);
    }

    /**
     * Whether {@code text[start, end)} is a phrasal verb's noun written as one word, an English word and a particle
     * ("handover", "cutover", "rollout", "signoff"): the lists hold some of them only, and a login is not made so.
     */
    static boolean isPhrasal(String text, int start, int end) {
        for (var particle : PARTICLES) {
            int verbEnd = end - particle.length();
            if (verbEnd - start >= SHORTEST_VERB && text.regionMatches(true, verbEnd, particle, 0, particle.length())) {
                return EnglishWords.contains(text, start, verbEnd);
            }
        }
        return false;
    }
}
