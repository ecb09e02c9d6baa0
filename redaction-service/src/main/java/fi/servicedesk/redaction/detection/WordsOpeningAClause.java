package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Automaattinen vastaus: Olen lomalla 14.12. asti": a colon opens a clause as a full stop opens a sentence,
 * and a capitalised word there that is a name only by the lists while Voikko reads it as an ordinary word
 * is that word when a word in lower case follows ("Olen" is "I am"), as it is where a sentence begins
 * ({@link FullNames}: "Olen Olivia…"). A label's item stays a name ("Mukana: Olen, Aino", "Kopio: Dawn Smith").
 * Swedish nouns, labels and verbs opening a sentence, a line or a question are {@link SwedishWords}'.
 * <p>Where a sentence begins, a capitalised word is capitalised for that alone, so the model's shape of a name counts
 * for little there:
 * <ul>
 *   <li>a conjunction or determiner of Finnish, Swedish or English ({@link #CLOSED_CLASSES}: "Jos yhteys ei toimi",
 *       "Om bryggan inte fungerar", "Senaste koden …") is that word when it has no name reading, or when a word in
 *       lower case follows it ("Om" is a given name too; "Om Prakash soitti" names him);</li>
 *   <li>a word Voikko reads only as an ordinary word — no given name, surname or place, nor a name by the lists —
 *       is that word before a word in lower case when its form is one no name takes: a plural genitive ("Laskujen
 *       hyväksynnät hoitaa …") or an adjective in "-inen" ("Yksityinen numero siirtyy …"). Not any ordinary word:
 *       Voikko reads many given names as nouns or odd verb forms only ("Aarre", "Oras", "Pälvi", "Iestyn" → iestyä),
 *       and "Aarre korjasi tulostimen" names him; nor where the message marks the same word elsewhere ("Taneli
 *       Haverinen … Haverinen soittaa": Voikko reads an unknown "-inen" surname as an adjective), nor after an
 *       initial, whose full stop opens no sentence ("E. Tähtinen approved");</li>
 *   <li>a Finnish preposition of the partitive ({@link #PARTITIVE_PREPOSITIONS}) before a word in the partitive
 *       ("Ilman Vilhelmiinaa olisin ollut pulassa": without her; the name after it stays);</li>
 *   <li>a label opening a line right before its colon ("Hotel: …") that is an ordinary or English word with no name
 *       reading names a field, as a speaker's name ("Henning: …") does not.</li>
 * </ul>
 */
final class WordsOpeningAClause {

    /**
     * Conjunctions, determiners and (English) prepositions that open a sentence, hand-written as closed classes are
     * short and stable: Finnish, Swedish and English. Swedish ordinals are determiners ("Andra vårdnadshavaren …": the
     * other guardian), and so is an English preposition before its noun phrase ("In an emergency …"); "Andra" and "In"
     * are given names too, so only before a word in lower case.
     */
    private static final WordSet CLOSED_CLASSES = WordSet.of(
            Set.of("jos", "kun", "koska", "että", "mutta", "vaikka", "jotta", "kuten", "sekä", "eli", "joten", "mikäli",
                    "tämä", "tämän", "nämä", "tuo", "se", "sen", "ne", "jokainen", "kaikki"),
            Set.of("om", "när", "eftersom", "men", "och", "så", "då", "att", "innan", "medan", "fast", "senaste", "nästa",
                    "förra", "varje", "alla", "denna", "detta", "dessa", "den", "det", "första", "andra", "tredje", "båda", "samma"),
            Set.of("if", "when", "while", "because", "although", "unless", "once", "since", "the", "this", "these",
                    "those", "every", "each", "last", "next", "in", "on", "at", "for", "with", "after", "before", "during"),
            // and of the languages mail to a Finnish service desk mixes in, with the adverbs a request or an apology opens
            // with ("Bitte geben Sie …", "Leider …", "Vielen Dank", "La facture …", "Palun …"); not the ones that are
            // also names (German "Das", French "Le", "Des")
            Set.of("der", "die", "dem", "ein", "eine", "einen", "wenn", "weil", "aber", "und", "dass", "bitte", "leider",
                    "vielen", "herzlichen", "können", "könnten", "würden", "gerne"),
            Set.of("la", "les", "un", "une", "ce", "cette", "ces", "quand", "mais", "pour", "avec", "malheureusement"),
            Set.of("see", "kui", "aga", "palun", "kahjuks", "täna", "homme"));
    /** French's subject pronoun after its verb in a question ("Pouvez-vous …", "Est-ce …", "Peut-on …"). */
    private static final String[] INVERTED_PRONOUNS = {"-vous", "-nous", "-je", "-tu", "-t-il", "-t-elle", "-t-on", "-ce"};

    /**
     * Finnish prepositions that take the partitive ("Ilman Vilhelmiinaa olisin ollut pulassa", "Ennen Mattia …"), a
     * closed class; "Ilman" and "Ennen" are also given names' genitives (Ilma, Enne), but a genitive owns no partitive.
     */
    private static final WordSet PARTITIVE_PREPOSITIONS = WordSet.of(Set.of("ilman", "ennen", "paitsi", "vailla",
            "kohti", "vastoin"));

    /** The most words in lower case after a label's first word ("Haudan haltija:", "Toinen huoltaja:"). */
    private static final int LONGEST_LABEL_TAIL = 3;

    /** The agent's preposition and a label's colon after a participle ("Utlämnad av:", "Approved by:"). */
    private static final WrittenWords AGENT_PREPOSITIONS = WrittenWords.of("av:", "by:", "of:", "från:");

    private WordsOpeningAClause() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            var w = words[t];
            // Few words are marked, and of those few are a listed name with an ordinary reading: those tests first.
            if (names[t] && w != null && w.is(NameLexicon.Word.LISTED) && w.ordinaryBase() != null && afterColon(text, tokens.start(t))
                    && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)) {
                names[t] = false;
            }
        }
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && (words[t] != null && (tokens.beginsSentence(t) && isOrdinaryOpener(text, tokens, words[t], t)
                    && !isMarkedElsewhere(text, tokens, names, t) && !afterInitial(text, tokens, t)
                    || tokens.beginsSentence(t) && isPrepositionBeforePartitive(text, tokens, words, t)
                    || isLabel(text, tokens, words, t))
                    || tokens.beginsSentence(t) && isInvertedQuestion(text, tokens, t))) {
                names[t] = false;
            }
        }
        SwedishWords.unmark(text, tokens, words, names);
        RoleAndFieldWords.unmark(text, tokens, words, names);
        RoomGenitives.unmark(text, tokens, names);
    }

    private static boolean isOrdinaryOpener(String text, Tokens tokens, NameLexicon.Word w, int t) {
        boolean lowerCaseNext = tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1);
        if (CLOSED_CLASSES.contains(text, tokens.start(t), tokens.end(t))) {
            return lowerCaseNext || !NameWords.isAnyName(w);
        }
        return lowerCaseNext && w.is(NameLexicon.Word.COMMON) && !NameWords.isAnyName(w) && !w.is(NameLexicon.Word.PLACE | NameLexicon.Word.LISTED)
                && (isPluralGenitive(text, tokens.end(t)) || w.is(NameLexicon.Word.ADJECTIVE) && w.ordinaryBase() != null && w.ordinaryBase().endsWith("inen"));
    }

    /** "Pouvez-vous donner …": a verb joined to its subject pronoun by a hyphen, as French asks a question. */
    static boolean isInvertedQuestion(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        for (var pronoun : INVERTED_PRONOUNS) {
            if (end - tokens.start(t) > pronoun.length() + 1 && text.startsWith(pronoun, end - pronoun.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Ilman Vilhelmiinaa": a preposition of the partitive before one, the next word an inflected form ending in -a/-ä. */
    private static boolean isPrepositionBeforePartitive(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!PARTITIVE_PREPOSITIONS.contains(text, tokens.start(t), tokens.end(t)) || !tokens.spaced(t, t + 1)) {
            return false;
        }
        var next = words[t + 1];
        char last = Character.toLowerCase(text.charAt(tokens.end(t + 1) - 1));
        return next != null && next.base() != null && (last == 'a' || last == 'ä')
                && !next.base().equalsIgnoreCase(text.substring(tokens.start(t + 1), tokens.end(t + 1)));
    }

    /** The same word marked elsewhere in the message ("Taneli Haverinen … Haverinen soittaa"): the message names it. */
    private static boolean isMarkedElsewhere(String text, Tokens tokens, boolean[] names, int t) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != t && names[k] && tokens.length(k) == tokens.length(t) && text.startsWith(text.substring(tokens.start(t), tokens.end(t)), tokens.start(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "E. Tähtinen approved", "I. Tähtisen mukaan": the full stop before the word is an initial's, which opens no
     * sentence, and Voikko reads many a Finnish surname in "-inen" as an adjective.
     */
    private static boolean afterInitial(String text, Tokens tokens, int t) {
        return Initials.start(text, tokens, t) < tokens.start(t);
    }

    /** "laskujen", "koneiden", "tietojen": a plural genitive's ending, which a name hardly takes. */
    private static boolean isPluralGenitive(String text, int end) {
        return text.startsWith("jen", end - 3) || text.startsWith("iden", end - 4) || text.startsWith("itten", end - 5);
    }

    /**
     * "Hotel: Premier Inn": an ordinary or English word with no name reading, opening a line right before its colon; or
     * any word with no name reading before the agent's preposition and the colon ("Utlämnad av:", "Signed off by:"): a
     * participle of what was done, which Voikko does not know in Swedish or English. So too a Finnish ordinary word
     * opening a label of words in lower case that are no verbs ("Haudan haltija: …", "Toinen huoltaja: …"; not "Lumi
     * sanoi näin: …", a sentence whose subject is a given name), and an English word that only the US lists hold as a
     * name part, before a date or number ("Journey: 3 May 2027", not "Journey: hi"; not a name other lists hold too:
     * "Hunter: 040 123 4567").
     */
    private static boolean isLabel(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        int end = tokens.end(t);
        if (end >= text.length() || w.isName() || !(tokens.start(t) == 0 || NameWords.startsLine(text, tokens, t))) {
            return false;
        }
        if (NameWords.isAnyName(w)) {
            return w.is(NameLexicon.Word.ENGLISH_WORD) && text.startsWith(": ", end) && end + 2 < text.length()
                    && Character.isDigit(text.charAt(end + 2));
        }
        return text.charAt(end) == ':' && (w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)
                || EnglishNouns.contains(text, tokens.start(t), end))
                || text.charAt(end) == ' ' && AGENT_PREPOSITIONS.startsWordAt(text, end + 1)
                || w.ordinaryBase() != null && opensLabelOfLowerCaseWords(text, tokens, words, t);
    }

    /**
     * Word {@code t} is followed by one to {@link #LONGEST_LABEL_TAIL} words in lower case, the last right before a
     * colon, none of them with a verb's reading: a label names a thing, a sentence before its colon says what was done.
     */
    private static boolean opensLabelOfLowerCaseWords(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        for (int k = t + 1; k < tokens.size() && k <= t + LONGEST_LABEL_TAIL && tokens.spaced(k - 1, k) && tokens.isLowerCase(k)
                && !(words[k] != null && words[k].is(NameLexicon.Word.VERB)); k++) {
            if (tokens.end(k) < text.length() && text.charAt(tokens.end(k)) == ':') {
                return true;
            }
        }
        return false;
    }

    /** A colon, then spaces, right before {@code start}. */
    private static boolean afterColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && text.charAt(i) == ':';
    }
}
