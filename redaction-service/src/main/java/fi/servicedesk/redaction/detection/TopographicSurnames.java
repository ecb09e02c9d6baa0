package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * Finnish surnames made as farms and villages were named, a word of the land after a head ("Koivuniemi",
 * "Haapalampi", "Ruskokangas", "Honkavuori", "Kivilahti", "Pelto-oja"): the last word is one of a closed class of
 * words for a place in the landscape (a cape, a rapid, a pond, a heath, a hill, a lake, a bay, an island, a shore, a
 * wilderness …), which Finnish surnames share with place names. Such a word in any case, with the consonant
 * gradation its word takes ("Haapalammen", "Koivumäelle", "Kivilahdeksi", "Ruskokankaan", "Kettujärvis" with the
 * Swedish genitive's "s"), reads as the surname in its base form: Voikko reads most of them as ordinary compounds and
 * some not at all. A common noun can be made so too ("hiekkaranta", "tekojärvi"): the rules ask this only where a
 * person is named already — after a given name, as a topic's given name and surname, or as a surname found elsewhere
 * in the message in another case.
 */
final class TopographicSurnames {

    /**
     * Each word of the land as its base form and the stems its cases are made of ("lampi": lammen, lampea). The
     * commonest last words of Finnish surnames of that origin (Mikkonen, Suomalainen sukunimikirja: -niemi, -koski,
     * -mäki, -järvi, -lahti, -saari, -ranta, -vuori, -kangas …); other landscape words make few.
     */
    private static final String[][] LAND_WORDS = {
            {"niemi", "nieme"}, {"koski", "koske"}, {"lampi", "lamme", "lampe"}, {"kangas", "kankaa", "kankaase"},
            {"vuori", "vuore", "vuor"}, {"mäki", "mäe", "mäke"}, {"järvi", "järve"}, {"lahti", "lahde", "lahte"},
            {"saari", "saare", "saar"}, {"ranta", "ranna"}, {"korpi", "korve", "korpe"}, {"salo"}, {"aho"}, {"oja"},
            {"harju"}, {"vaara"}, {"nummi", "numme"}, {"lehto", "lehdo"}, {"kallio"}, {"joki", "joe", "joke"},
            {"pelto", "pello"}, {"laakso"}, {"salmi", "salme"}, {"luoto", "luodo"}, {"kumpu", "kummu"},
            {"rinne", "rintee", "rinteese"}, {"suo", "suoh"}, {"maa"}};
    /**
     * Finnish case endings after a stem ("" the nominative or a genitive's stem alone), and the Swedish genitive's "s"
     * ("Kettujärvis"); the illative (a vowel repeated and "n": "Louhimäkeen") is asked apart.
     */
    private static final String[] ENDINGS = {"", "n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä",
            "lla", "llä", "lta", "ltä", "lle", "s"};
    /** The fewest letters of the head before the word of the land ("Pelto-oja", "Koivumäki"). */
    private static final int SHORTEST_HEAD = 3;

    private TopographicSurnames() {
    }

    /** Whether {@code text[start, end)}, a capitalised word, is such a surname in some case. */
    static boolean is(String text, int start, int end, NameLexicon.Word word) {
        return baseForm(text, start, end, word) != null;
    }

    /**
     * The surname's base form in lower case ("Haapalammen" → haapalampi), or null where the word is none: by
     * Voikko's base form of the compound where it reads one, else by the word's own stem and ending.
     */
    static String baseForm(String text, int start, int end, NameLexicon.Word word) {
        if (end - start <= SHORTEST_HEAD + 2 || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        // A noun to Voikko, as a compound of the land is: not an adjective that ends so ("Harmaa").
        var ordinary = word == null || !word.is(NameLexicon.Word.NOUN) ? null : word.ordinaryBase();
        if (ordinary != null) {
            for (var forms : LAND_WORDS) {
                int at = ordinary.length() - forms[0].length();
                if (at > 0 && ordinary.regionMatches(true, at, forms[0], 0, forms[0].length()) && isHead(ordinary, 0, at, forms[0])) {
                    return ordinary.toLowerCase(Locale.ROOT);
                }
            }
        }
        if (word != null && word.isKnown()) {
            return null;
        }
        for (var forms : LAND_WORDS) {
            for (var stem : forms) {
                int at = stemBeforeEnding(text, start, end, stem);
                if (at >= 0 && isHead(text, start, at, forms[0])) {
                    return text.substring(start, at).toLowerCase(Locale.ROOT) + forms[0];
                }
            }
        }
        return null;
    }

    /** Where {@code stem} stands in {@code text[start, end)} before one of the endings at its end, or -1. */
    private static int stemBeforeEnding(String text, int start, int end, String stem) {
        for (var ending : ENDINGS) {
            int at = end - ending.length() - stem.length();
            if (at > start && text.regionMatches(true, at, stem, 0, stem.length())
                    && text.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                return at;
            }
        }
        // The illative repeats the stem's last vowel before its "n": "Louhimäkeen", "Koivuniemeen", "Ahoon".
        int at = end - stem.length() - 2;
        return at > start && text.regionMatches(true, at, stem, 0, stem.length())
                && Character.toLowerCase(text.charAt(end - 2)) == stem.charAt(stem.length() - 1) && text.charAt(end - 1) == 'n' ? at : -1;
    }

    /**
     * {@code s[from, at)} is a surname's head before {@code land}: three letters or more, four before a word of the land
     * of three ("Vähämaa", "Alho-oja"; not "Harmaa"), a vowel among them, a hyphen only at its end.
     */
    private static boolean isHead(String s, int from, int at, String land) {
        if (at - from < SHORTEST_HEAD + (land.length() <= SHORTEST_HEAD ? 1 : 0)) {
            return false;
        }
        boolean vowel = false;
        for (int i = from; i < at; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '-' && i == at - 1) {
                continue;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
            vowel |= "aeiouyäöå".indexOf(c) >= 0;
        }
        return vowel;
    }

    /**
     * "Pelto-oja", "Rinta-aho": the word of the land joined by a hyphen to a head ending in the vowel it
     * begins with, which Finnish spelling writes so and in lower case; a surname, not a compound of a thing's name and
     * a common noun ("Karhu-tiimi").
     */
    static boolean isJoinedAtAVowel(String text, int start, int end) {
        int hyphen = text.lastIndexOf('-', end - 1);
        if (hyphen <= start + SHORTEST_HEAD - 1 || hyphen + 1 >= end || text.charAt(hyphen - 1) != text.charAt(hyphen + 1)) {
            return false;
        }
        for (var forms : LAND_WORDS) {
            for (var stem : forms) {
                if (stemBeforeEnding(text, hyphen, end, stem) == hyphen + 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
