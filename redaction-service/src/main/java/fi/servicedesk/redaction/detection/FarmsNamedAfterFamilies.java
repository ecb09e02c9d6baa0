package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Farms, estates and dairies bear the name of the family that has held them, and the name lists and the model read
 * that name as a person's. The farm's word after it says whose it is:
 * <ul>
 *   <li>a Finnish genitive before a farm's word in lower case, in any case: the compounds of a farm's kind
 *       ("Kokkilan maitotila", "Haapalan luomutila") and bare "tila" ("Koivulan tila", "Ala-Hautalan tila") only in a
 *       message about farming, as "tila" is a condition or status too ("Tarkistin Heikkilän tilan järjestelmästä");
 *       not a given name's genitive nor one after a given name, the person's own ("Pekka Koivulan tila"), and bare
 *       "tila" not after a surname in "-nen" ("Virtasen tila on vakaa" is the person's condition) nor in the
 *       adessive, allative or ablative, the postposition "in one's place" ("Amedin tilalle"), while the farms'
 *       names are the place names in "-la", "-lä", "-oja", "-talo" the surnames come from;</li>
 *   <li>a Swedish genitive in "s" before a farm's word in lower case ("Västergårds lantbruk", "Nybackas gård",
 *       "Östergårds mjölkgård", "Storgårds hemman"), not a given name's nor one after a given name ("Annas gård",
 *       "Eva Lunds gård" are a person's), and a farm's name in its definite genitive, which no person's takes
 *       ("Mellangårdens mjölk");</li>
 *   <li>a capitalised word before an English farm's capitalised word that no one is called ("Lower Trewen Farm",
 *       "Ashgrove Dairy", "Blandfords Farm"), not after a person's name ("Anna Virtanen Farm visit"), and before a
 *       farm's word that is a surname too only a family's name with the possessive "s" written on, in a message about
 *       farming, and no given name nor a surname the lexicon knows ("Tregarthens Barton"; "Joey Barton", "Lara Croft"
 *       and "Jones Mill" are people).</li>
 * </ul>
 * A word a person the message names bears in the same form keeps its mark there and here ({@link NamesakesNames});
 * in another form ("Västergård", "Kokkilaan", "Tregarthen") it is that person's and stays found. A message about
 * farming has a farm's, a farmer's or a herd's word in lower case ("karjatila", "lehmää", "emäntä", "farmer", "gård").
 */
final class FarmsNamedAfterFamilies {

    /** The Finnish farm's word, the stem each case ending joins ("tilalla", "tilaan"). */
    private static final String FINNISH_HEAD = "tila";
    /** The endings of the cases a farm is named in ("tilan", "tilalla", "tilaan"). */
    private static final Set<String> FINNISH_ENDINGS = Set.of("", "n", "a", "lla", "lle", "lta", "ssa", "sta", "ksi",
            "na", "an");
    /**
     * The kinds of farm a Finnish compound in "-tila" names ("maitotila", "luomutila"); any other compound is a
     * space ("tallennustila", "levytila" are a person's storage).
     */
    private static final Set<String> FINNISH_KINDS = Set.of("maito", "luomu", "karja", "lypsykarja", "lihakarja",
            "vilja", "sika", "hevos", "lammas", "kana", "suku", "koti", "perhe", "emolehmä", "nauta", "broileri",
            "marja", "puutarha", "maa", "turkis", "siipikarja", "kotieläin", "vihannes", "hedelmä", "kala", "ravi");
    /** The endings that make bare "tila" the postposition "in one's place" ("Virtasen tilalle"), a person's. */
    private static final Set<String> POSTPOSITION_ENDINGS = Set.of("lla", "lle", "lta");
    /** The genitive of a Finnish surname in "-nen", a person's and no farm's. */
    private static final String PERSONS_GENITIVE = "sen";

    /** Swedish farms' words, whole ("gårdsplan" is a yard's). */
    private static final WordSet SWEDISH_WORDS = WordSet.of(Set.of("gård", "gården", "lantbruk", "lantbruket",
            "jordbruk", "jordbruket", "hemman", "hemmanet", "säteri", "säteriet", "hönseri", "hönseriet", "mejeri",
            "mejeriet", "stuteri", "stuteriet"));
    /** The heads of a Swedish farm's compound ("mjölkgård", "hästgården"). */
    private static final String[] SWEDISH_COMPOUND_HEADS = {"gård", "gården"};
    /** A farm's name in the definite genitive ("Mellangårdens"): a place's, as no person's name takes the article. */
    private static final String DEFINITE_GENITIVE = "gårdens";

    /** English farms' words no one is called by. */
    private static final WordSet ENGLISH_WORDS = WordSet.of(Set.of("farm", "farms", "dairy", "estate", "ranch",
            "orchard", "orchards", "vineyard", "smallholding", "homestead", "farmhouse", "creamery"));
    /** English farms' words that are surnames too ("Joey Barton"): only after a family's possessive. */
    private static final WordSet ENGLISH_WORDS_LIKE_SURNAMES = WordSet.of(Set.of("barton", "croft", "grange", "manor",
            "stud", "mill"));

    /** Swedish and English words of a message about farming, whole, in lower case. */
    private static final WordSet FARMING_WORDS = WordSet.of(Set.of("farmer", "farmers", "farming", "farmhand", "cattle",
            "herd", "livestock", "cows", "heifers", "milk", "barn", "tractor", "harvest", "pasture", "acres", "mtk", "lrf", "nfu",
            "bonde", "bönder", "lantbrukare", "ladugård", "ladugården", "besättning", "besättningen", "kor", "mjölkkor",
            "traktor", "traktorn", "skörd", "skörden"));
    /** How the base forms of Finnish words of farming end, so that a compound counts ("lypsykarja", "peltolohko"). */
    private static final List<String> FINNISH_FARMING_HEADS = List.of("maatila", "karja", "lehmä", "navetta", "pelto",
            "maatalous", "tilatunnus", "emäntä", "isäntä", "viljelijä", "traktori", "nauta", "rehu", "sato", "tilamyymälä",
            "konerengas");

    private FarmsNamedAfterFamilies() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        boolean farming = aboutFarming(text, tokens, words);
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            if (names[t] && isDefiniteGenitive(text, tokens, t)) {
                names[t] = false;
            } else if ((names[t] || t + 1 < tokens.size() && names[t + 1]) && namesAFarm(text, tokens, words, t, farming)) {
                if (ENGLISH_WORDS.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                        || ENGLISH_WORDS_LIKE_SURNAMES.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
                    names[t + 1] = false;
                }
                NamesakesNames.unmark(text, tokens, words, names, t, u -> NamesakesNames.isOrPrecedes(tokens, u,
                        k -> namesAFarm(text, tokens, words, k, farming)));
            }
        }
    }

    /**
     * A farm's, a farmer's or a herd's word anywhere in the message, or a compound of a farm's kind ("maitotila"); a
     * capitalised one only if it is no one's name ("Tilamyymälän", "MILK"; not "Keiko Sato", "Pelto").
     */
    private static boolean aboutFarming(String text, Tokens tokens, NameLexicon.Word[] words) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isLowerCase(t) && (words[t] == null || NameWords.isAnyName(words[t]))) {
                continue;
            }
            int start = tokens.start(t);
            int end = tokens.end(t);
            var base = words[t] == null ? null : words[t].ordinaryBase();
            if (FARMING_WORDS.contains(text, start, end) || SWEDISH_WORDS.contains(text, start, end)
                    || ENGLISH_WORDS.contains(text, start, end)
                    || holdsFinnishHead(text, start, end) && isFinnishKind(text.substring(start, end).toLowerCase(Locale.ROOT))
                    || base != null && Characters.endsWithAny(base, FINNISH_FARMING_HEADS)) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised word at {@code t} is the name of the farm whose word follows it. */
    private static boolean namesAFarm(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean farming) {
        int next = t + 1;
        if (next >= tokens.size() || !tokens.isCapitalised(t) || !tokens.spaced(t, next)) {
            return false;
        }
        if (tokens.isLowerCase(next)) {
            return isSwedishFarm(text, tokens, words, t) || isFinnishFarm(text, tokens, words, t, farming);
        }
        return tokens.isCapitalised(next) && isEnglishFarm(text, tokens, words, t, farming);
    }

    private static boolean isFinnishFarm(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean farming) {
        int end = tokens.end(t);
        if (text.charAt(end - 1) != 'n' || NameWords.isGivenName(words[t]) || afterGivenName(tokens, words, t)) {
            return false;
        }
        var head = text.substring(tokens.start(t + 1), tokens.end(t + 1)).toLowerCase(Locale.ROOT);
        if (isFinnishKind(head)) {
            return true;
        }
        if (!farming || !head.startsWith(FINNISH_HEAD)
                || !FINNISH_ENDINGS.contains(head.substring(FINNISH_HEAD.length()))) {
            return false;
        }
        // "Amedin tilalle": bare "tila" in the adessive, allative and ablative is the postposition "in one's place"
        if (POSTPOSITION_ENDINGS.contains(head.substring(FINNISH_HEAD.length()))) {
            return false;
        }
        // "Virtasen tila on vakaa": bare "tila" after a surname in "-nen" is the person's state
        return !text.regionMatches(true, end - PERSONS_GENITIVE.length(), PERSONS_GENITIVE, 0, PERSONS_GENITIVE.length());
    }

    /** "maitotila", "luomutilalla": a compound in "-tila", in any case, of a farm's kind. */
    /**
     * "tila" after the first letter of {@code text[start, end)}, in any case: every word of a message is asked, and only
     * these are worth a copy in lower case for {@link #isFinnishKind}.
     */
    private static boolean holdsFinnishHead(String text, int start, int end) {
        for (int at = start + 1; at + FINNISH_HEAD.length() <= end; at++) {
            if (Characters.regionMatchesIgnoringCase(text, at, FINNISH_HEAD)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinnishKind(String lower) {
        int at = lower.lastIndexOf(FINNISH_HEAD);
        return at > 0 && FINNISH_ENDINGS.contains(lower.substring(at + FINNISH_HEAD.length()))
                && FINNISH_KINDS.contains(lower.substring(0, at));
    }

    private static boolean isSwedishFarm(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t + 1);
        int end = tokens.end(t + 1);
        if (text.charAt(tokens.end(t) - 1) != 's' || !(SWEDISH_WORDS.contains(text, start, end)
                || isSwedishCompound(text.substring(start, end)))) {
            return false;
        }
        return !NameWords.isGivenName(words[t]) && !afterGivenName(tokens, words, t)
                && !NameWords.isGivenName(NameLexicon.shared().lookup(text, tokens.start(t), tokens.end(t) - 1));
    }

    /** "mjölkgård", "hästgården": a lower-case word that ends in a farm's word after a stem of its own. */
    private static boolean isSwedishCompound(String word) {
        for (var head : SWEDISH_COMPOUND_HEADS) {
            if (word.length() > head.length() + 2 && word.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnglishFarm(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean farming) {
        int start = tokens.start(t + 1);
        int end = tokens.end(t + 1);
        if (afterGivenName(tokens, words, t)) {
            return false;
        }
        return ENGLISH_WORDS.contains(text, start, end)
                || farming && ENGLISH_WORDS_LIKE_SURNAMES.contains(text, start, end)
                && isFamilysPossessive(text, tokens, words, t);
    }

    /**
     * "Tregarthens": a family's name with the possessive "s" written on, no given name ("James", "Chris") and no
     * surname that ends in "s" itself ("Jones", "Adams").
     */
    private static boolean isFamilysPossessive(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.length(t) > 2 && text.charAt(tokens.end(t) - 1) == 's' && !NameWords.isGivenName(words[t])
                && !NameWords.hasSurnameReading(words[t]);
    }

    /**
     * A capitalised given name right before {@code t}: the word at {@code t} is that person's surname ("Pekka Koivulan
     * tila", "Anna Virtanen Farm visit").
     */
    private static boolean afterGivenName(Tokens tokens, NameLexicon.Word[] words, int t) {
        return t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) && NameWords.isGivenName(words[t - 1]);
    }

    /** "Mellangårdens": a farm's name with the definite article and the genitive's "s", which no person's name takes. */
    private static boolean isDefiniteGenitive(String text, Tokens tokens, int t) {
        int length = DEFINITE_GENITIVE.length();
        return tokens.length(t) > length + 2
                && text.regionMatches(true, tokens.end(t) - length, DEFINITE_GENITIVE, 0, length);
    }
}
