package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Function words in lower case that chat puts beside names and that the model may take for them, of English, Swedish
 * and spoken Finnish ("yep, and …", "kan jag och mina kolleger …", "japp, … har", "mä yritin"). Such a word is a name
 * only where the text puts a person there: after a greeting or a word that names a person ("kysy mina"), or as a chat's
 * speaker ("[10:42] mina:"). Not "will" (a given name chat writes in lower case: "did will fix it"), and not the open
 * classes: Voikko reads no given name in lower case, so "lumi", "valo", "usko" are words to it and names to the
 * model in chat (R8.2: a leak costs more than a damaged word).
 */
final class FunctionWordsInLowerCase {

    /**
     * Closed classes: English modal and auxiliary verbs, pronouns and chat's yes and no; Swedish pronouns, modal verbs,
     * conjunctions and yes and no; spoken Finnish pronouns and particles. Hand-written (closed classes are short and
     * stable; no word list of a package splits them from the open ones), each a given name or surname somewhere (Mina,
     * Kan, Sa, Hans) or a word the model marked in chat. Not Swedish "sade" (said): the list applies to every language,
     * and in Finnish chat "sade" is the given name Sade.
     */
    private static final WordSet FUNCTION_WORDS = WordSet.of(
            Set.of("would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "has", "have",
                    "had", "was", "were", "yes", "yep", "yup", "yeah", "nope", "nah", "sure", "cheers", "thanks", "hey"),
            Set.of("kan", "kunde", "skulle", "ska", "vill", "ville", "måste", "får", "fick", "har", "hade", "sa",
                    "min", "mina", "mitt", "din", "dina", "ditt", "sin", "sina", "sitt", "hans", "hennes", "deras", "vår",
                    "våra", "jag", "du",
                    "han", "hon", "vi", "ni", "dem", "och", "att", "men", "eller", "som", "japp", "jepp", "nej", "jo", "ja",
                    "tack"),
            Set.of("mä", "mää", "sä", "sää", "se", "ne", "me", "te", "mun", "sun", "sen", "niiden", "joo", "juu", "jep",
                    "jees", "okei", "kai", "vaan", "mut", "ku", "niinku"));

    /**
     * Chat's and spoken Finnish's personal pronouns ("ping u", "soita mulle", "kysyin sulta"), which no one is named:
     * no name even where a verb of calling or asking frames a person.
     */
    private static final WordSet CHAT_PRONOUNS = WordSet.of(Set.of("u", "ya", "ur"), Set.of("mulle", "sulle", "mulla",
            "sulla", "multa", "sulta", "meille", "teille", "niille"));

    private FunctionWordsInLowerCase() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isLowerCase(t) && (CHAT_PRONOUNS.contains(text, tokens.start(t), tokens.end(t))
                    || FUNCTION_WORDS.contains(text, tokens.start(t), tokens.end(t))
                    && !(t > 0 && NamesAfterCues.framesPerson(text, tokens, words, t - 1, t)) && !labelsSpeaker(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /** "[10:42] mina: …": a chat's speaker. */
    private static boolean labelsSpeaker(String text, Tokens tokens, int t) {
        return text.startsWith(":", tokens.end(t));
    }
}
