package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A speech-to-text transcript writes everything in lower case, so the names its speakers give are found by the frame
 * they are said in (R3.2, R8.2): on a speaker's line after its time stamp ("[00:00:22] asiakas: …"), one to three
 * words after a self-introduction or the agent's "speaking to" ("täällä kaarina", "palvelupiste tässä ilker hei", "det
 * är signhild håkansson här", "you're speaking to lenni-petteri", "this is gun-britt"). Each word has a name reading
 * or is known to no one, and none is a word the frame says after the name ("hei", "här", "here") or an ordinary word
 * ("tässä on ohjeet", "det är bra", "this is urgent").
 */
final class SelfIntroductionsInLowerCase {

    /** The most words a name said after an introduction has here. */
    private static final int MOST_WORDS = 3;
    /** Introductions, each as its words in lower case: Finnish, Swedish and English. */
    private static final String[][] INTRODUCTIONS = {{"tässä"}, {"täällä"}, {"nimeni", "on"}, {"nimi", "on"},
            {"det", "är"}, {"här", "är"}, {"jag", "heter"}, {"this", "is"}, {"it", "s"}, {"speaking", "to"},
            {"name", "is"}};
    /** Words said right after a name in an introduction: greetings, "here", "from", "and", the caller's "my …". */
    private static final WordSet AFTER_THE_NAME = WordSet.of(Set.of("hei", "moi", "hyvää", "päivää", "ja", "här", "hej",
            "från", "ringer", "och", "here", "from", "calling", "speaking", "hi", "hello", "and", "how", "my"));

    private SelfIntroductionsInLowerCase() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        // A transcript's lines open with "[": a message without one has no speaker's line.
        if (text.indexOf('[') < 0) {
            return;
        }
        for (var introduction : INTRODUCTIONS) {
            for (int t = 0; t + introduction.length < tokens.size(); t++) {
                if (opens(tokens, introduction, t) && onSpeakersLine(text, tokens.start(t))) {
                    markName(text, tokens, words, names, t + introduction.length);
                }
            }
        }
    }

    private static boolean opens(Tokens tokens, String[] introduction, int t) {
        for (int i = 0; i < introduction.length; i++) {
            if (!tokens.is(t + i, introduction[i])) {
                return false;
            }
        }
        return true;
    }

    /** The line opens with a bracketed time stamp and a speaker's colon comes before the introduction. */
    private static boolean onSpeakersLine(String text, int start) {
        int line = Characters.lineStart(text, start);
        int close = text.indexOf(']', line);
        return text.startsWith("[", line) && line + 1 < start && Scan.isDigit(text.charAt(line + 1))
                && close > 0 && close < start && text.indexOf(": ", close) >= 0 && text.indexOf(": ", close) < start;
    }

    /**
     * Up to {@link #MOST_WORDS} spaced words in lower case that can each be a name, from {@code first} on. A word known
     * to no one counts only after a given name ("det är karl gustav lagerkvist jag kommer…": the surname) or where a
     * word the frame says after a name follows the run, as English and Swedish words are unknown to Voikko too ("det är
     * bra att …", "it's broken").
     */
    private static void markName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int first) {
        int end = first;
        boolean unknown = false;
        while (end < tokens.size() && end < first + MOST_WORDS && (end == first || tokens.spaced(end - 1, end))
                && canBeName(text, tokens, words, end)) {
            unknown |= !words[end].isKnown();
            end++;
        }
        if (end == first || unknown && !(end < tokens.size() && AFTER_THE_NAME.contains(text, tokens.start(end), tokens.end(end)))
                && !words[first].is(NameLexicon.Word.FIRST)) {
            return;
        }
        for (int t = first; t < end; t++) {
            names[t] = true;
        }
    }

    /** A name reading by Voikko, or by the lists on a word that is no ordinary one, or a word known to no one. */
    private static boolean canBeName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        var word = words[t];
        if (!tokens.isLowerCase(t) || word == null || tokens.length(t) < 3 || AFTER_THE_NAME.contains(text, start, end)) {
            return false;
        }
        if (word.isKnown()) {
            return word.is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST) && !(word.is(NameLexicon.Word.LISTED)
                    && word.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST));
        }
        return !EnglishNouns.contains(text, start, end) && !NameLexicon.isThingOrWord(text, start, end);
    }
}
