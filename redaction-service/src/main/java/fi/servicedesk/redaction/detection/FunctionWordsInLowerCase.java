package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Function words in lower case that chat puts beside names and that the model may take for them, of English, Swedish
 * and spoken Finnish ("yep, and …", "kan jag och mina kolleger …", "japp, … har", "mä yritin"). Such a word is a name
 * only where the text puts a person there: after a greeting or a word that names a person ("kysy mina"; not a paragraph
 * below the greeting's line), or as a chat's speaker ("[10:42] mina:"). Not "will" (a given name chat writes in lower case: "did will fix it"), and not the open
 * classes: Voikko reads no given name in lower case, so "lumi", "valo", "usko" are words to it and names to the
 * model in chat (R8.2: a leak costs more than a damaged word). The closed class of Finnish nouns of time ("sille
 * päivälle"), a possessive's letter ("Olivia's") and a common English noun after a preposition ("by mistake") are no
 * names either.
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
                    "min", "mina", "mitt", "din", "dina", "ditt", "sin", "sina", "sitt", "hans", "hennes", "henne", "honom", "deras", "vår",
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

    /**
     * Finnish nouns of time and of the working day, by Voikko's base form ("sille päivälle", "seuraavaan vuoroon",
     * "ensi viikolla"): a closed class spoken Finnish puts where it puts names ("sille Jarille"). Not "aamu" and "ilta",
     * given names that chat writes in lower case ("kysy aamulle").
     */
    private static final Set<String> TIME_NOUNS = Set.of("päivä", "viikko", "kuukausi", "vuosi", "aamupäivä",
            "iltapäivä", "vuorokausi", "tunti", "minuutti", "hetki", "kerta", "vuoro", "viikonloppu");

    /** English prepositions before a noun phrase ("by mistake", "on purpose", "in advance"). */
    private static final WordSet PREPOSITIONS = WordSet.of(Set.of("by", "of", "on", "in", "at", "for", "with", "from", "to",
            "into", "about"));

    private FunctionWordsInLowerCase() {
    }

    /** Whether the word is one of the closed classes of function words ("har", "has", "sun"), in any case. */
    static boolean isFunctionWord(String text, int start, int end) {
        return FUNCTION_WORDS.contains(text, start, end) || CHAT_PRONOUNS.contains(text, start, end);
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isLowerCase(t) && (CHAT_PRONOUNS.contains(text, tokens.start(t), tokens.end(t))
                    || FUNCTION_WORDS.contains(text, tokens.start(t), tokens.end(t))
                    && !(t > 0 && NamesAfterCues.framesPerson(text, tokens, words, t - 1, t) && !opensParagraph(text, tokens, t))
                    && !labelsSpeaker(text, tokens, t)
                    || isTimeNoun(words[t]) || isAfterApostrophe(text, tokens, t) || isNounAfterPreposition(text, tokens, words[t], t))) {
                names[t] = false;
            }
        }
    }

    /**
     * A word Voikko reads as one of {@link #TIME_NOUNS}, whatever name reading it has too: Voikko knows "Päivä" as a
     * given name, which hardly anyone bears, and "päivälle" in lower case is the day.
     */
    private static boolean isTimeNoun(NameLexicon.Word w) {
        return w != null && w.ordinaryBase() != null && TIME_NOUNS.contains(w.ordinaryBase());
    }

    /** "Mykyta's team", "don't": one letter after an apostrophe glued to a word is a possessive's or contraction's. */
    private static boolean isAfterApostrophe(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return tokens.length(t) == 1 && start >= 2 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && Character.isLetter(text.charAt(start - 2));
    }

    /**
     * "rejected it by mistake", "paid in advance": a common English noun with no name reading, in lower case right after
     * a preposition, is the noun its phrase is made of.
     */
    private static boolean isNounAfterPreposition(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && tokens.length(t - 1) <= 5
                && (w == null || !NameWords.isAnyName(w) && !w.is(NameLexicon.Word.PLACE))
                && PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * "Hej,⏎⏎min svärmor …": a greeting's line ends at its comma, and the word that opens the next paragraph is the
     * message's, no one addressed.
     */
    private static boolean opensParagraph(String text, Tokens tokens, int t) {
        int newline = text.indexOf('\n', tokens.end(t - 1));
        return newline >= 0 && newline < tokens.start(t) && text.indexOf('\n', newline + 1) >= 0
                && text.indexOf('\n', newline + 1) < tokens.start(t);
    }

    /** "[10:42] mina: …": a chat's speaker. */
    private static boolean labelsSpeaker(String text, Tokens tokens, int t) {
        return text.startsWith(":", tokens.end(t));
    }
}
