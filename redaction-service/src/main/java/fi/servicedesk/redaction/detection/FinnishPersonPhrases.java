package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Finnish phrases whose case forms leave room only for a person: a genitive before what a person has
 * ("Harjun kone") or a postposition of persons ("Kaskin mukaan"), whom one did not reach ("En saanut
 * Priitiä kiinni"), whom one asks about after "onko" ("onko toivo jo paikalla?").
 */
final class FinnishPersonPhrases {

    /** The longest base form of a noun that is also a name: compounds are longer ("Verohallinnolle"). */
    private static final int SHORT_NOUN = 6;

    /** Where a person is asked about after "onko": "onko toivo jo paikalla?", "onks sulo tänään etänä?" */
    private static final Set<String> PRESENCE = Set.of("jo", "tänään", "paikalla", "töissä", "etänä", "lomalla",
            "kipeänä", "vapaalla", "talossa", "toimistolla", "linjoilla", "tavoitettavissa", "vielä", "siellä", "täällä");
    /** Where only a person is, so that after "onko" an unknown word in lower case before one is a name ("onks emre tänään etänä?"). */
    private static final Set<String> PERSON_PLACES = Set.of("paikalla", "töissä", "etänä", "lomalla", "kipeänä",
            "vapaalla", "toimistolla", "linjoilla", "tavoitettavissa", "sairauslomalla", "sairaana");
    /** Where only a person is, never a thing (a server is "etänä" and "paikalla" too). */
    private static final WordSet PERSON_STATES = WordSet.of(Set.of("sairaana", "kipeänä", "lomalla", "sairauslomalla",
            "vapaalla", "töissä", "etätöissä"));
    /** "on" and "oli" before where a person is: "Sulo on sairaana", "Aamu oli lomalla". */
    /**
     * The heads of the label compounds a value follows ("Kostnadsställe", "Leveransställe"), a closed class of
     * Swedish and Finnish nouns for places and numbers.
     */
    private static final Set<String> LABEL_HEADS = Set.of("ställe", "nummer", "paikka", "kod", "numero", "tunnus");
    private static final WordSet IS = WordSet.of(Set.of("on", "oli", "ei", "ole"));
    private static final WordSet IS_THERE = WordSet.of(Set.of("onko", "onks", "onkos", "onkohan", "oliko", "oliks"));
    /** Forms of "saada" before whom one reaches: "En saanut Priitiä kiinni". */
    private static final WordSet REACH = WordSet.of(Set.of("saanut", "sain", "saa", "saan", "saisin", "saatko", "saitko",
            "saada", "saimme", "saaneet"));
    /**
     * What a person has, by base form: a surname that is also a word, at the start of a sentence,
     * is a name before one ("Harjun kone", "Rantalan tili"); a place has offices ("Salon toimisto").
     */
    private static final Set<String> POSSESSIONS = Set.of(
            "kone", "tietokone", "läppäri", "kannettava", "työasema", "puhelin", "kännykkä", "tili", "tunnus",
            "käyttäjätunnus", "salasana", "sähköposti", "postilaatikko", "kalenteri", "näyttö", "hiiri", "näppäimistö",
            "lupa", "käyttöoikeus", "oikeus", "pyyntö", "tiketti", "lomake", "kortti", "kulkukortti", "laskut", "lasku",
            // People have managers and stand-ins: "Lucían esimiehen kanssa".
            "esimies", "lähiesimies", "esihenkilö", "sijainen", "varahenkilö", "kollega", "työkaveri", "avustaja");
    /** Postpositions and nouns after a person's genitive: "Kaskin mukaan", "Fadumon kanssa", "Tammin tiedot". */
    private static final Set<String> PERSON_POSTPOSITIONS = Set.of("mukaan", "kanssa", "luona", "luo", "luota", "puolesta",
            "tiedot");

    private FinnishPersonPhrases() {
    }

    /**
     * "Harjun kone", "Karhun vanha kone": a surname in the genitive before what a person has; so is a given
     * name ("Sinin läppäri") and a word neither Voikko nor the lists know that is no product ("Hodanin
     * läppäri", "Warsamen koneella"; not "Teamsin tili").
     */
    static void markOwner(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        var w = words[t];
        // The readings and the genitive's "n" first: most capitalised words are neither a surname nor such a genitive.
        if (names[t] || w == null || !tokens.isCapitalised(t) || !(w.is(NameLexicon.Word.LAST)
                || isGenitive(text, tokens, t) && (w.is(NameLexicon.Word.FIRST) || !w.isKnown()))
                || !(isPossession(tokens, words, t + 1)
                || t + 2 < tokens.size() && isAdjective(tokens, words, t + 1) && isPossession(tokens, words, t + 2))) {
            return;
        }
        names[t] = w.is(NameLexicon.Word.LAST | NameLexicon.Word.FIRST) || isNoThing(text, tokens, t);
    }

    /** The word ends in the genitive's "n", also before a clitic ("Kapanadzenko kone se oli?", "Hodaninkin kone"). */
    private static boolean isGenitive(String text, Tokens tokens, int t) {
        return text.charAt(tokens.end(t) - 1 - NameWords.cliticLength(text, tokens.start(t), tokens.end(t))) == 'n';
    }

    /**
     * "Kerro Bohdanille", "Kuulin Piretiltä", "Agnieszkalle ilmoitettu": a capitalised word that neither
     * Voikko nor the lists know, in the allative or ablative (to or from whom), is a person's name unless
     * its stem is a product or maker ("Jiralle"): Voikko knows the places one goes to or comes from.
     */
    static void markToOrFromUnknown(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int end = tokens.end(t);
        if (names[t] || words[t] == null || tokens.length(t) < 6 || !tokens.isCapitalised(t) || words[t].isKnown()
                || labelsAValue(text, tokens, t)) {
            return;
        }
        // A clitic may follow the ending: "Kerro Yaroslavillekin".
        end -= NameWords.cliticLength(text, tokens.start(t), end);
        names[t] = endsToOrFrom(text, end) && isNoThing(text, tokens, t);
    }

    /**
     * "Palautin koneen Korvelle", "lähetä tunnukset Pellolle", "Kuulin Haolta": inside a sentence, a capitalised word
     * in the allative or ablative (to or from whom) that Voikko reads only as a short ordinary noun is a surname or
     * given name that is also a word: Finnish writes its nouns in lower case. Not a place, and not a compound, as
     * the names of bodies are ("Verohallinnolle"); no product or maker ("Elisalle") and no name Voikko knows as a
     * brand's ("Valiolle"). Nor before a capitalised word: the noun is then the title of the name after it, in the
     * same case ("§ 3 Osakkaalta Lempi Nordströmilta tullut ehdotus", "Asiakkaalle Aino Kivelle").
     */
    static void markToOrFromWordName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        var w = words[t];
        int end = tokens.end(t);
        if (names[t] || w == null || tokens.length(t) < 6 || !tokens.isCapitalised(t) || w.isName() || !isShortNoun(w)
                || tokens.beginsSentence(t) || t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)) {
            return;
        }
        names[t] = endsToOrFrom(text, end) && endsClauseOrPair(text, tokens, t) && isNoThing(text, tokens, t);
    }

    /**
     * "Ilman Guttormia emme pääse eteenpäin", "Ilman Routaa emme saa tunnuksia": the capitalised partitive after
     * "ilman" (without whom) is a name if it can be one — a name reading, a word nobody knows, or a short noun
     * Voikko knows as no brand's name (Finnish writes its nouns in lower case) — and no product ("Ilman Teamsia").
     */
    static void markWithout(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        var w = words[t];
        int end = tokens.end(t);
        char last = text.charAt(end - 1);
        if (names[t] || w == null || t == 0 || last != 'a' && last != 'ä' || !tokens.is(t - 1, "ilman") || !tokens.spaced(t - 1, t)) {
            return;
        }
        names[t] = (NameWords.isAnyName(w) || !w.isKnown() || isShortNoun(w)) && isNoThing(text, tokens, t);
    }

    /** Voikko reads the word as a short ordinary noun, in lower case as Finnish writes its nouns, and as no place. */
    private static boolean isShortNoun(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.COMMON) && !w.is(NameLexicon.Word.PLACE) && w.ordinaryBase() != null
                && w.ordinaryBase().length() <= SHORT_NOUN && !Character.isUpperCase(w.ordinaryBase().charAt(0));
    }

    /** The word ending at {@code end} is in the allative ("-lle", to whom) or the ablative ("-lta"/"-ltä", from whom). */
    private static boolean endsToOrFrom(String text, int end) {
        char last = text.charAt(end - 1);
        return last == 'e' && text.startsWith("lle", end - 3)
                || (last == 'a' || last == 'ä') && text.charAt(end - 3) == 'l' && text.charAt(end - 2) == 't';
    }

    /**
     * "Kostnadsställe KST 7272, konto 5010", "Kostnadsställe 4672": a word opening a sentence right before a number or a
     * code in capitals is the label of that value (another language's noun that only ends as an allative does), not
     * whom something goes to: only a compound whose head is a label's noun ({@link #LABEL_HEADS}), as a name in the
     * allative labels nothing ("Aishalle 2 näyttöä", "Yaroslavilta SMS klo 14").
     */
    private static boolean labelsAValue(String text, Tokens tokens, int t) {
        int start = tokens.end(t) + 1;
        if (!endsInLabelHead(text, tokens, t) || !tokens.beginsSentence(t) || start >= text.length() || text.charAt(start - 1) != ' ') {
            return false;
        }
        if (Character.isDigit(text.charAt(start))) {
            return true;
        }
        int end = start;
        while (end < text.length() && Character.isUpperCase(text.charAt(end))) {
            end++;
        }
        return end - start >= 2 && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    private static boolean endsInLabelHead(String text, Tokens tokens, int t) {
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        return LABEL_HEADS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Nothing, a mark or "ja/tai" follows: whom one gave or told ends the clause ("… Korvelle ja avaimet …", "Kuulin
     * Haolta, että …"), where a sentence glued to the one before goes on with its verb ("ei aukea Katolta putosi …").
     */
    private static boolean endsClauseOrPair(String text, Tokens tokens, int t) {
        return t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)
                || tokens.is(t + 1, "ja") || tokens.is(t + 1, "tai");
    }

    /**
     * The word, without its case ending, is no product, maker or word of the service desk, nor is it without a
     * clitic either ("Jirallekin"; "Outlookin" is Outlook's, though it ends as "-kin" does).
     */
    static boolean isNoThing(String text, Tokens tokens, int t) {
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        var withoutClitic = NameWords.withoutClitic(lower);
        return isNoThing(lower) && (withoutClitic.length() == lower.length() || isNoThing(withoutClitic));
    }

    private static boolean isNoThing(String lower) {
        var stem = NameWords.withoutCaseEnding(lower);
        return !NameLexicon.isThingOrWord(stem) && !NameLexicon.isThingOrWord(lower.substring(0, lower.length() - 1))
                && !NameLexicon.isThingOrWord(lower.substring(0, lower.length() - 2));
    }

    /** After "onko" at {@code t}: the word asked about. */
    /**
     * "Lumi on sairaana, hänen tikettinsä…", "Aamu oli lomalla": a capitalised word before "on" or "oli" and
     * where only a person is (ill, on leave, at work) is a name even where it is also a word, not a place.
     */
    static void markAway(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && t + 2 < tokens.size() && tokens.length(t + 1) <= 3 && IS.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2)
                && PERSON_STATES.contains(text, tokens.start(t + 2), tokens.end(t + 2))
                && NameWords.canBeSurname(text, tokens, words[t], t) && !(words[t].is(NameLexicon.Word.PLACE) && !words[t].isName())) {
            names[t] = true;
        }
        // A log's note leaves the verb out: "…, Wahid hoiti sillan, Zinovjev lomalla." A clause of two words, the
        // second where only a person is, after a comma or semicolon and before the clause's end.
        if (!names[t] && t > 0 && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && Characters.afterCommaOrSemicolon(text, tokens.start(t))
                && PERSON_STATES.contains(text, tokens.start(t + 1), tokens.end(t + 1)) && Characters.endsClause(text, tokens.end(t + 1))
                && NameWords.canBeSurname(text, tokens, words[t], t) && !(words[t].is(NameLexicon.Word.PLACE) && !words[t].isName())) {
            names[t] = true;
        }
    }

    static void markAskedAbout(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (mayAskWhetherThere(text, tokens, t) && IS_THERE.contains(text, tokens.start(t), tokens.end(t))) {
            askedAbout(text, tokens, words, names, t + 1);
        }
    }

    /** "En saanut Priitiä kiinni": whom one did not reach, between a form of "saada" and "kiinni". */
    static void markReached(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && t > 0 && t + 1 < tokens.size() && words[t] != null && tokens.isCapitalised(t) && tokens.is(t + 1, "kiinni")
                && tokens.spaced(t - 1, t) && tokens.spaced(t, t + 1) && REACH.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && NameWords.isPersonWord(text, tokens, words[t], t)) {
            names[t] = true;
        }
    }

    static void markGenitivesBeforePostpositions(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            if (t + 1 < tokens.size() && !names[t] && isGenitiveBeforePostposition(text, tokens, words, t)) {
                names[t] = true;
            }
        }
    }

    /** The cheap test before {@link #IS_THERE}'s: four to seven letters from "o", a word in lower case after. */
    private static boolean mayAskWhetherThere(String text, Tokens tokens, int t) {
        int length = tokens.length(t);
        return length >= 4 && length <= 7 && (text.charAt(tokens.start(t)) | 0x20) == 'o' && tokens.isLowerCase(t + 1);
    }

    /**
     * "onko toivo jo paikalla?": a given name in lower case after "onko", before a word of where a person
     * is; an unknown word or a US-list name that is also a word there ("onks emre tänään etänä?", "onks armas
     * etänä?") needs a word only a person is (etänä, lomalla) within two.
     */
    private static void askedAbout(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (t + 1 >= tokens.size() || words[t] == null || !tokens.spaced(t - 1, t) || !tokens.spaced(t, t + 1)) {
            return;
        }
        if (words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)) {
            names[t] |= Characters.isOneOf(PRESENCE, text, tokens.start(t + 1), tokens.end(t + 1));
        } else if (!words[t].isKnown() || words[t].is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)) {
            names[t] |= Characters.isOneOf(PERSON_PLACES, text, tokens.start(t + 1), tokens.end(t + 1))
                    || t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2)
                    && Characters.isOneOf(PERSON_PLACES, text, tokens.start(t + 2), tokens.end(t + 2));
        }
    }

    private static boolean isAdjective(Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && tokens.isLowerCase(t) && tokens.spaced(t - 1, t) && words[t].is(NameLexicon.Word.ADJECTIVE);
    }

    private static boolean isPossession(Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return w != null && tokens.isLowerCase(t) && tokens.spaced(t - 1, t) && w.ordinaryBase() != null
                && POSSESSIONS.contains(w.ordinaryBase());
    }

    /**
     * A capitalised genitive before a postposition of persons ("Kaskin mukaan", "Päivitin Tammin
     * tiedot"); not a product's ("Teamsin kanssa"). Opening a sentence, a word that is also an ordinary
     * word is a name only if it is a given name or surname whose ordinary readings are no genitive
     * ("Jyrkin mukaan": jyrkin is "steepest"), or, where they are one ("Toivon mukaan": hopefully), if the
     * message goes on about a person ("… Hän kokeili jo").
     */
    private static boolean isGenitiveBeforePostposition(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        if (w == null || !tokens.isCapitalised(t) || text.charAt(tokens.end(t) - 1) != 'n' || !tokens.spaced(t, t + 1)
                || !Characters.isOneOf(PERSON_POSTPOSITIONS, text, tokens.start(t + 1), tokens.end(t + 1))
                || tokens.beginsSentence(t) && w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)
                && !(w.isName() && !w.is(NameLexicon.Word.ENGLISH_WORD)
                && (!w.is(NameLexicon.Word.ORDINARY_GENITIVE) || speaksOfAPerson(text, tokens.end(t + 1))))) {
            return false;
        }
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        var stem = lower.substring(0, lower.length() - (lower.endsWith("in") ? 2 : 1));
        return !NameLexicon.isThingOrWord(stem) && !NameLexicon.isThingOrWord(lower.substring(0, lower.length() - 1));
    }

    /** A Finnish third-person pronoun comes later in the text: "hän", "hänen", "hänellä" … */
    private static boolean speaksOfAPerson(String text, int from) {
        for (int i = text.indexOf("än", from); i > 0; i = text.indexOf("än", i + 2)) {
            if ((text.charAt(i - 1) == 'h' || text.charAt(i - 1) == 'H') && (i == 1 || !Character.isLetter(text.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }
}
