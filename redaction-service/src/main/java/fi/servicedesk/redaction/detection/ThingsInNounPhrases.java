package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Names that noun phrases make things of: a capitalised word between a possessive and a common noun ("Wahid
 * Noorzai's Cassandra job": one's job, not one's person), a name in lower case after an article ("the kafka thing"),
 * after an article and a common word ("the headphone jack", "a local potter": the phrase's head) or after a Swedish
 * indefinite article ("en björn", "i en lind"), a common noun in lower case that a name list also holds after a
 * capitalised word, an article or a possessive ("Cassandra job", "the job", "Wahid's job"), and a name before "the"
 * and a kind of software, machine or pet ("Jarvis the chat bot answered", "Marvin the robot", "Biscuit the beagle";
 * also after a copula, "Hudson is the old build server", where an assistant is a person's role: "Liisa is the
 * assistant to the CEO") where a clause begins (after a verb the name may be its object: "Tell Ethan the printer is
 * fixed"). English puts no person's name after an article or between a possessive and a noun; a person's name
 * before an apposition takes a role, not a kind of software ("Matti the intern").
 */
final class ThingsInNounPhrases {

    private static final WordSet ARTICLES = WordSet.of(Set.of("the", "a", "an"));
    /** Swedish indefinite articles: "en holm", "ett träd" (not Finnish "en", "I do not", before a verb in lower case). */
    private static final WordSet SWEDISH_ARTICLES = WordSet.of(Set.of("en", "ett"));
    /**
     * Kinds of software and machines an apposition names ("Jarvis the chat bot"), and pets, which bear people's names
     * as often ("Biscuit the beagle", "Mango the office cat").
     */
    private static final WordSet KINDS = WordSet.of(Set.of("bot", "chatbot", "assistant", "robot", "app", "tool",
            "server", "service", "system", "platform", "script", "pipeline", "printer", "scanner", "laptop", "device",
            "database", "cluster", "queue", "broker", "scheduler"), Set.of("dog", "cat", "puppy", "kitten", "bulldog",
            "terrier", "spaniel", "retriever", "labrador", "poodle", "beagle", "dachshund", "collie", "parrot", "rabbit",
            "hamster", "goldfish", "tortoise", "mascot"));
    /** A copula between the name and its apposition: "Hudson is the old build server", "Pip was a rescue dog". */
    private static final WordSet COPULAS = WordSet.of(Set.of("is", "was", "remains"));
    /** How many words in lower case an apposition may hold before its kind ("the new chat bot"). */
    private static final int LONGEST_APPOSITION = 3;

    private ThingsInNounPhrases() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 1; t < n; t++) {
            if (!names[t]) {
                continue;
            }
            // "an" of "Mac an tSaoi" is a surname's particle, not the English article.
            if (tokens.isLowerCase(t) && tokens.spaced(t - 1, t)
                    && (isArticle(text, tokens, t - 1) && !SurnameParticles.opensSurname(text, tokens, t - 1)
                    || (tokens.isCapitalised(t - 1) || isAfterPossessive(text, tokens, t))
                    && EnglishNouns.contains(text, tokens.start(t), tokens.end(t)))) {
                names[t] = false;
            } else if (tokens.isLowerCase(t) && (isAfterArticleAndWord(text, tokens, t) || isAfterSwedishArticle(text, tokens, t))) {
                names[t] = false;
            } else if (tokens.isCapitalised(t) && t + 1 < n && isAfterPossessive(text, tokens, t) && tokens.spaced(t, t + 1)
                    && tokens.isLowerCase(t + 1) && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
                names[t] = false;
            }
        }
        for (int t = 0; t + 2 < n; t++) {
            if (names[t] && tokens.isCapitalised(t) && NotAPerson.beginsClause(text, tokens, t) && isBeforeKind(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "the headphone jack", "a local potter": an English article and a common English word in lower case before a
     * common English word, a noun phrase's head; "the intern jussi" names him.
     */
    private static boolean isAfterArticleAndWord(String text, Tokens tokens, int t) {
        return t > 1 && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1) && tokens.isLowerCase(t - 1)
                && isArticle(text, tokens, t - 2) && EnglishWords.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && EnglishWords.contains(text, tokens.start(t), tokens.end(t)) && !SurnameParticles.opensSurname(text, tokens, t - 1);
    }

    /**
     * "Vi såg en björn", "i en lind": a Swedish indefinite article before a word in lower case makes a noun of it; the
     * Finnish "en" (I do not) is followed by a verb, which no name list holds in lower case.
     */
    private static boolean isAfterSwedishArticle(String text, Tokens tokens, int t) {
        return tokens.spaced(t - 1, t) && tokens.length(t - 1) <= 3 && tokens.isLowerCase(t - 1)
                && SWEDISH_ARTICLES.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    private static boolean isArticle(String text, Tokens tokens, int t) {
        return tokens.length(t) <= 3 && ARTICLES.contains(text, tokens.start(t), tokens.end(t));
    }

    /** "Noorzai's Cassandra": the possessive's "s" right before the word, after an apostrophe. */
    private static boolean isAfterPossessive(String text, Tokens tokens, int t) {
        int s = t - 1;
        if (s < 1 || tokens.length(s) != 1 || !tokens.is(s, "s") || !tokens.spaced(s, t)) {
            return false;
        }
        char apostrophe = text.charAt(tokens.start(s) - 1);
        return (apostrophe == '\'' || apostrophe == '’') && tokens.start(s) - 1 == tokens.end(s - 1);
    }

    /**
     * "Jarvis the chat bot answered", "Hudson is the old build server": "the" (or a copula and "the", "a", "an"), up to
     * three words in lower case, the last a kind of software, machine or pet.
     */
    private static boolean isBeforeKind(String text, Tokens tokens, int t) {
        int article = t + 1;
        if (article + 1 < tokens.size() && tokens.spaced(t, article) && COPULAS.contains(text, tokens.start(article), tokens.end(article))) {
            article++;
            if (!tokens.spaced(article - 1, article) || !isArticle(text, tokens, article)) {
                return false;
            }
        } else if (!tokens.spaced(t, article) || !tokens.is(article, "the")) {
            return false;
        }
        boolean copula = article > t + 1;
        for (int k = article + 1; k < tokens.size() && k <= article + LONGEST_APPOSITION && tokens.isLowerCase(k) && tokens.spaced(k - 1, k); k++) {
            if (KINDS.contains(text, tokens.start(k), tokens.end(k)) && !(copula && tokens.is(k, "assistant"))
                    && !(k + 1 < tokens.size() && tokens.spaced(k, k + 1) && tokens.isLowerCase(k + 1)
                    && EnglishNouns.contains(text, tokens.start(k + 1), tokens.end(k + 1)))) {
                return true;
            }
        }
        return false;
    }
}
