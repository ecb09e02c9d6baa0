package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A given name opening a Swedish sentence before "var" or "är" (was, is) and a word in lower case is the clause's
 * subject, a person (R8.2): "Anna var snabb.", "Sven är sjuk idag." Where a sentence begins a given name that is also
 * a word is read as the word ("Anna minulle …"), and Swedish's verb of being, unknown to Voikko, says otherwise.
 */
final class SwedishPersonPhrases {

    private static final WordSet BEING = WordSet.of(Set.of("var", "är"));

    private SwedishPersonPhrases() {
    }

    static void markSubject(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && t + 2 < tokens.size() && words[t] != null && tokens.isCapitalised(t) && tokens.beginsSentence(t)
                && words[t].is(NameLexicon.Word.FIRST) && BEING.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2)) {
            names[t] = true;
        }
    }
}
