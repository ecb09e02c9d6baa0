package fi.servicedesk.redaction.detection;

/**
 * The common English words: SCOWL's sizes 10–50 (english-words.txt, tools/english-words), which hold no proper
 * noun. A rule asks it whether a capitalised word may be an ordinary word of an English sentence or a record's label
 * rather than a name; a name that is also an English word ("Juniper", "Heron") is a word here too, and the rule
 * weighs the name lists' readings beside it.
 */
final class EnglishWords {

    private static final SortedLines WORDS = SortedLines.read("/names/english-words.txt", "the English word list");

    private EnglishWords() {
    }

    /** Whether {@code text[start, end)} is a common English word, whatever its capitals. */
    static boolean contains(String text, int start, int end) {
        return WORDS.contains(text, start, end);
    }

    /**
     * Whether the word {@code t} is a common English word that no name list reads as a given name or a surname
     * ({@code w} its readings, null when it has none): "Grammar", "Classic", not "Bill".
     */
    static boolean holdsOnlyAsWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return (w == null || !NameWords.isAnyName(w)) && contains(text, tokens.start(t), tokens.end(t));
    }
}
