package fi.servicedesk.redaction.detection;

/**
 * A capitalised word one space away from a name, on its line, is the other part of that person's name where it can be
 * nothing else (R3.2): a given name or surname the lists know ("Arthur" before a surname the rules found), or a word
 * nobody knows that is shaped like a name's part ("Cheng-en", "NicIllinnein", "Alho-oja" beside a name found), which a
 * sentence or a table writes beside a name only as the name's other half. A word of the language ("Kalenteri",
 * "Team"), a place, a product or a maker stays as written, and so do an eponym's possessive ("Hanlon's razor"), a
 * firm's name joined by '&' ("Bergman &amp; Beving") and a word beside a run of three names already: a person's name is
 * rarely longer. A maker's name that is a surname too, in a Finnish case other than the genitive, after a name in no
 * local case is that person's surname ("Mikkoi-Olekso Fordille", "Stepan-Jyrki Fordilta", "Petri Fordiin"): a car is
 * inflected after a verb or a noun ("ajoi Fordilla", "Pekalle Fordista"), not right after a person's name.
 */
final class NamesBesideNames {

    /** The most words of one person's name this rule makes. */
    private static final int LONGEST = 3;

    private NamesBesideNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        mark(text, tokens, words, names, false);
    }

    /**
     * Again after the rules that find names later ({@link RepeatedNames}): only the words nobody knows shaped like a name's
     * part ("Seonaidh NicIllinnein" where the given name is found only by its repetition), as a list's name beside a name
     * found there is as often a street's or a thing's ("Minna Canthin katu").
     */
    static void markShapedWords(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        mark(text, tokens, words, names, true);
    }

    private static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean shapedOnly) {
        var found = names.clone();
        for (int t = 0; t < tokens.size(); t++) {
            if (!found[t]) {
                continue;
            }
            int run = runLength(tokens, found, t);
            if (run >= LONGEST) {
                continue;
            }
            if (t > 0 && !found[t - 1] && tokens.oneSpaceApart(t - 1, t) && (couldOnlyBeAName(text, tokens, words, t - 1, shapedOnly)
                    || !shapedOnly && run == 1 && WordNamesBeforeSurnames.isGivenName(text, tokens, words, t - 1))) {
                names[t - 1] = true;
            }
            int next = t + 1;
            if (next < tokens.size() && !found[next] && tokens.oneSpaceApart(t, next) && (couldOnlyBeAName(text, tokens, words, next, shapedOnly)
                    || !shapedOnly && isDoubleGivenName(text, tokens, words, t) && couldBeASurname(text, tokens, words, next)
                    || !shapedOnly && isMakerInACase(text, tokens, next) && isNameInNoLocalCase(text, tokens, t))) {
                names[next] = true;
            }
        }
    }

    /** How many marked words, each one space from the next, the run through {@code t} holds. */
    private static int runLength(Tokens tokens, boolean[] found, int t) {
        int first = t;
        while (first > 0 && found[first - 1] && tokens.end(first - 1) + 1 == tokens.start(first)) {
            first--;
        }
        int last = t;
        while (last + 1 < tokens.size() && found[last + 1] && tokens.end(last) + 1 == tokens.start(last + 1)) {
            last++;
        }
        return last - first + 1;
    }

    private static boolean couldOnlyBeAName(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean shapedOnly) {
        var w = words[t];
        if (!tokens.isCapitalised(t) || tokens.length(t) < 2 || w == null) {
            return false;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (w.is(NameLexicon.Word.PLACE) || w.is(NameLexicon.Word.COMMON) || w.is(NameLexicon.Word.ENGLISH_WORD)
                || NameLexicon.isMaker(text, start, end) || EnglishWords.contains(text, start, end)) {
            return false;
        }
        if (WordsOpeningAClause.isInvertedQuestion(text, tokens, t) || tokens.opensClause(t)
                && (SwedishWords.opensQuestion(text, tokens, t) || SwedishWords.isFocusAdverb(text, tokens, t))) {
            // "Pouvez-vous", "Kan Assar ringa dig?": a verb opening a question, its subject the name after it; "Bara
            // Sture i kassan var trevlig": an adverb singling out the name after it.
            return false;
        }
        if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                || text.startsWith(" & ", end) || end < text.length() && text.charAt(end) == '&') {
            // "Giuseppe Hanlon's razor": an eponym's possessive; "Bergman & Beving": a firm's names joined by '&'.
            return false;
        }
        return !shapedOnly && w.isName() && (w.is(NameLexicon.Word.FIRST) || w.is(NameLexicon.Word.LAST))
                || !w.isKnown() && shapedLikeAName(text, start, end) && !NameLexicon.isThingOrWord(text, start, end)
                && !EnglishNouns.contains(text, start, end);
    }

    /**
     * "Fordille", "Fordilta", "Fordiin", "Fordia": a maker's name that is a surname too ({@link NameLexicon#isMaker}),
     * capitalised, in a Finnish case; not the genitive ("Fordin"), which names the maker's car after an owner's name.
     */
    private static boolean isMakerInACase(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (!tokens.isCapitalised(t) || text.charAt(end - 1) == 'n' && !text.startsWith("iin", end - 3)) {
            return false;
        }
        for (var stem : InflectedStems.of(text, start, end)) {
            if (stem.length() < end - start && NameLexicon.isMaker(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised name, no maker, with no Finnish local case ending ("Mikkoi-Olekso", not "Pekalle"). */
    private static boolean isNameInNoLocalCase(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (!tokens.isCapitalised(t) || NameLexicon.isMaker(text, start, end)) {
            return false;
        }
        for (var ending : NameWords.LOCAL_CASE_ENDINGS) {
            if (text.startsWith(ending, end - ending.length())) {
                return false;
            }
        }
        return true;
    }

    /** "Jenna-Lyydia", "Tauno-Valtteri": two given names joined by a hyphen, which only a person's name is written with. */
    static boolean isDoubleGivenName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int hyphen = text.indexOf('-', tokens.start(t));
        return hyphen > 0 && hyphen < tokens.end(t) && words[t] != null && words[t].is(NameLexicon.Word.FIRST)
                && !words[t].is(NameLexicon.Word.LAST | NameLexicon.Word.PLACE);
    }

    /**
     * After a double given name, a capitalised word is its surname even where it is also a firm's or a word
     * ("Jenna-Lyydia Onninen", "Siiri-Lyydia Stockmann", "Siiri-Orvokki Fazerin työnantaja"): not a place, an
     * English word or a role, which follow a name in a sentence ("Anna-Liisa Helsingissä", "Mary-Kate Support").
     */
    private static boolean couldBeASurname(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return tokens.isCapitalised(t) && tokens.length(t) > 2 && w != null
                && (w.is(NameLexicon.Word.LAST) || !w.is(NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD)
                && !EnglishWords.contains(text, tokens.start(t), tokens.end(t)))
                && !NamesAfterCues.isRole(text, tokens, words, t) && !NamesAfterCues.isGreeting(text, tokens, t);
    }

    /**
     * A word nobody knows is a name's half by its shape only: parts joined by a hyphen ("Cheng-en", "Alho-oja") or a
     * capital inside it ("NicIllinnein", "MacAskill"); a plain unknown word may be any language's noun or greeting.
     */
    private static boolean shapedLikeAName(String text, int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            char c = text.charAt(i);
            if (c == '-' && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
                    || Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
