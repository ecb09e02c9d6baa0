package fi.servicedesk.redaction.detection;

/**
 * "Halla Vasama", "Gentian Gjoka", "April Salmon": a given name that is also a word of the language (frost, a flower,
 * a month) or that no list knows is that person's given name where it stands one space before a surname found alone,
 * as nothing else is written right there but a role or a title. A role or a title stays ("Asiakas Virtanen", "Manager
 * Smith": {@link RoleAndFieldWords}, {@link NounsBeforeNames}, {@link NamesAfterCues}), and so do a greeting ("Kiitos Madis"),
 * an English word, a Finnish word in a case ("Toimistolla Virtanen"), a place, a maker, a word before a place
 * ("Prisma Kallion reunalla") and an English auxiliary opening a question ("Will Smith come?").
 * Finnish given names are nouns in their base form ("Halla", "Säde", "Ilo"); an unknown word is one only where no
 * word list holds it.
 */
final class WordNamesBeforeSurnames {

    /** The fewest letters of a case ending that mark a word nobody knows as inflected: "-lle", "-lta", "-ssa". */
    private static final int INFLECTED_ENDING = 3;

    private WordNamesBeforeSurnames() {
    }

    /** The word at {@code g} is the given name of the surname found alone (a run of one) at {@code g + 1}. */
    static boolean isGivenName(String text, Tokens tokens, NameLexicon.Word[] words, int g) {
        var given = words[g];
        var surname = words[g + 1];
        int start = tokens.start(g);
        int end = tokens.end(g);
        if (given == null || surname == null || !tokens.isCapitalised(g) || tokens.length(g) < 3 || given.is(NameLexicon.Word.PLACE)
                // "Halla Anna" is two given names, as often two people in a list as one.
                || surname.is(NameLexicon.Word.FIRST) && !surname.is(NameLexicon.Word.LAST)) {
            return false;
        }
        boolean properName = isBareProperName(given, text, start, end);
        // "Soitin Vlăduțille", "Ilman Verhoevenitta", "See Erwan's comments": before a surname in a case or a
        // possessive, a word is what the clause does with that person (called, without, see). A proper name is no
        // verb nor preposition, and a Finnish full name takes its case on the surname alone ("Kaleva Kurjensaarelle").
        if (!properName && isInflected(surname, text, tokens.start(g + 1), tokens.end(g + 1)) || isPossessive(text, tokens.end(g + 1))
                // "Ilman Tumpin tunnuksia": a full name's given name takes no case, whatever name the word is in another.
                || isInflected(given, text, start, end)) {
            return false;
        }
        // "Anna Bohdanille lukuoikeus": a given name that is also a verb, opening a sentence, is the verb (give).
        boolean listedGivenName = given.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && !(given.is(NameLexicon.Word.COMMON) && !given.is(NameLexicon.Word.NOUN) && tokens.beginsSentence(g));
        boolean nounInBaseForm = given.is(NameLexicon.Word.NOUN) && !given.is(NameLexicon.Word.ADJECTIVE | NameLexicon.Word.ENGLISH_WORD)
                && isBaseForm(given, text, start, end) && !NounsBeforeNames.isRole(given.ordinaryBase())
                // "Valmennus Anjanan kanssa": after a Finnish word, a surname nobody knows is as
                // often in a case whose ending is its own last letter; a known one is read in its base form.
                && surname.isKnown()
                // "Huomautus K. Mpoyi-Tshibangu:": opening a sentence before an initial, which opens a name written as
                // initial and surname, a noun is the sentence's word (a note and its writer); a middle initial follows
                // a given name inside a sentence ("teki Halla K. Mpoyi").
                && !(tokens.beginsSentence(g) && tokens.length(g + 1) == 1);
        // Opening a sentence, a word no list knows is as often a verb of another language ("Har", "Kommer", "Fråga").
        boolean unknown = !given.isKnown() && !tokens.beginsSentence(g) && !EnglishWords.contains(text, start, end)
                && !EnglishNouns.contains(text, start, end);
        // "Prisma Kallion reunalla": a word before a place, or before a noun in a case, is the thing there (a shop, a
        // street), not a person's given name.
        boolean beforePlace = !listedGivenName && (surname.is(NameLexicon.Word.PLACE)
                || !properName && surname.is(NameLexicon.Word.COMMON) && !isBaseForm(surname, text, tokens.start(g + 1), tokens.end(g + 1)));
        return (listedGivenName || nounInBaseForm || properName || unknown) && !beforePlace && !RoleAndFieldWords.isLabel(text, start, end)
                && !NamesAfterCues.isRole(text, tokens, words, g) && !NamesAfterCues.isGreeting(text, tokens, g)
                && !NameLexicon.isThingOrWord(text, start, end) && !NameLexicon.isMaker(text, start, end)
                && !(tokens.beginsSentence(g) && FullNames.isAuxiliary(text, tokens, g));
    }

    /**
     * "Kaleva Mäntyoja", "Vellamo Mäntyvaara": a given name from the epic that Voikko reads only as a proper name of no
     * kind, in its base form; not a word nor a place as well. A brand is such a name too ("Kesko"), but a surname found
     * alone seldom follows one, and the makers and things {@link #isGivenName} rules out stay out.
     */
    private static boolean isBareProperName(NameLexicon.Word w, String text, int start, int end) {
        return w.isOnlyProper() && isBaseForm(w, text, start, end);
    }

    /**
     * A word with a name's or a word's base form that it is not ("Virtaselle"), or one nobody knows with a Finnish case
     * ending of three letters ("Vlăduțille", "Verhoevenitta"); a shorter ending is as often the name's own end ("Gjoka").
     */
    private static boolean isInflected(NameLexicon.Word w, String text, int start, int end) {
        if (w.base() == null && w.ordinaryBase() == null) {
            return NameWords.caseEndingLength(text, start, end) >= INFLECTED_ENDING || text.startsWith("tta", end - 3) || text.startsWith("ttä", end - 3);
        }
        if (w.isName()) {
            return !NameWords.isWrittenAs(text, start, end, w.base());
        }
        return !isBaseForm(w, text, start, end);
    }

    private static boolean isPossessive(String text, int end) {
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
    }

    private static boolean isBaseForm(NameLexicon.Word w, String text, int start, int end) {
        return NameWords.isWrittenAs(text, start, end, w.ordinaryBase());
    }
}
