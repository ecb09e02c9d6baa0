package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Churches, chapels, cathedrals, parishes, parish halls and churchyards are named after a saint, an apostle, a
 * reformer or the district they serve, and the name lists and the model read that name as a person's:
 * <ul>
 *   <li>a Finnish genitive before a church's word in lower case, in any case, where the genitive reads as a place's or
 *       an ordinary word's, as districts and churchyards are named ("Kallion kirkko", "Temppeliaukion kirkossa",
 *       "Honkanummen hautausmaa", "Vartiovaaran seurakuntakoti"); a given name's or a person's full name's genitive is
 *       that person's parish or church as often ("Liisa Virtasen seurakunta on Espoossa", "tapasin Annan kirkossa"),
 *       and a saint's after "Pyhän" is {@link SaintsAndHolidays}'s;</li>
 *   <li>a Swedish name before a church's word in lower case, in its base form ("Johannes församling", "Sofia
 *       Magdalena kyrka") or the genitive of no given name and after none ("Malms begravningsplats"): "Annas kyrka"
 *       and "Eva Lunds församling" are a person's, and a saint's after "S:t" or "Sankt" is {@link SaintsAndHolidays}'s;</li>
 *   <li>"Christ" or a name ending in the possessive's "s" before a capitalised "Church", "Chapel", "Cathedral" or
 *       "Abbey" ("Christ Church", "Cranmers Church Hall"): "Charlotte Church" and "Ciarán Church" are people;</li>
 *   <li>a word that joins the name to the church's word, as one word or with a hyphen ("Tuomiokirkkoseurakunta",
 *       "Paavalinkirkossa", "Wallinkapellet", "Juslenius-kappeli"), which no name list holds, and the church's own word
 *       capitalised ("Kirkon Ulkomaanapu", "Kyrkans lägergård").</li>
 * </ul>
 * A word a person the message names bears in the same form elsewhere keeps its mark there and here
 * ({@link NamesakesNames}); in another case ("Agricolalta") it is that person's and stays found.
 */
final class ChurchesAndParishes {

    /**
     * Finnish churches', parishes', chapels' and churchyards' words: the stem a case ending joins, the stem of the
     * genitive and the illative ("kirkko", "kirkon", "kirkkoon"), each with no ending a compound of another kind adds
     * ("kirkkohäät" are a couple's).
     */
    private static final String[][] FINNISH_WORDS = {{"kirkko", "kirko", "kirkkoon"}, {"seurakunta", "seurakunna",
            "seurakuntaan"}, {"kappeli", "kappeli", "kappeliin"}, {"katedraali", "katedraali", "katedraaliin"},
            {"hautausmaa", "hautausmaa", "hautausmaahan"}, {"kirkkomaa", "kirkkomaa", "kirkkomaahan"},
            {"seurakuntatalo", "seurakuntatalo", "seurakuntataloon"}, {"seurakuntakoti", "seurakuntakodi",
            "seurakuntakotiin"}, {"seurakuntasali", "seurakuntasali", "seurakuntasaliin"}};
    /** The endings of the weak stem's cases a church is named in ("kirkossa", "seurakunnalle"). */
    private static final String[] FINNISH_ENDINGS = {"ssa", "sta", "lla", "lle", "lta", "ksi"};

    /** Swedish churches', parishes', chapels' and churchyards' words in their forms, whole ("kapellmästare" is no chapel). */
    private static final WordSet SWEDISH_WORDS = WordSet.of(Set.of("kyrka", "kyrkan", "kapell", "kapellet", "församling",
            "församlingen", "domkyrka", "domkyrkan", "katedral", "katedralen", "begravningsplats", "begravningsplatsen",
            "kyrkogård", "kyrkogården"));
    /** The heads a word joins to the name of the church in one ("Tuomiokirkkoseurakunta", "Wallinkapellet"). */
    private static final String[] COMPOUND_HEADS = {"kirkko", "kirkon", "kirkoss", "kirkost", "seurakun", "kappeli",
            "kapellet", "kyrkan", "kyrka", "församling", "katedraali", "domkyrk"};
    /**
     * The church itself, capitalised where it opens the name of its aid, its camp or its office ("Kirkon Ulkomaanapu",
     * "Kyrkans lägergård Kallvik"): no one's name.
     */
    private static final WordSet THE_CHURCH = WordSet.of(Set.of("kirkko", "kirkon", "kyrkan", "kyrkans"));
    /** English churches' words, capitalised after the name they bear. */
    private static final WordSet ENGLISH_KINDS = WordSet.of(Set.of("church", "chapel", "cathedral", "abbey", "minster",
            "priory", "basilica"));
    /** The fewest letters of the name a compound joins to its church's word ("Tuomaankirkko", not "Kirkko"). */
    private static final int SHORTEST_STEM = 3;

    private ChurchesAndParishes() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t)) {
                continue;
            }
            if (isCompound(text, tokens, words, t) || THE_CHURCH.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            } else if (namesAChurch(text, tokens, words, t)) {
                NamesakesNames.unmark(text, tokens, words, names, t, u -> NamesakesNames.isOrPrecedes(tokens, u,
                        k -> namesAChurch(text, tokens, words, k)));
            } else if (isBeforeAnEnglishChurch(text, tokens, words, t)) {
                names[t] = false;
                names[t + 1] = false;
                // "Cranmers Church Hall": the church's hall, a surname elsewhere ("Jerry Hall")
                if (t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2) && tokens.is(t + 2, "hall")) {
                    names[t + 2] = false;
                }
            }
        }
    }

    /** The capitalised word at {@code t} is the name of the church whose word follows it in lower case. */
    private static boolean namesAChurch(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int next = t + 1;
        if (next >= tokens.size() || !tokens.isCapitalised(t) || !tokens.spaced(t, next) || !tokens.isLowerCase(next)) {
            return false;
        }
        if (SWEDISH_WORDS.contains(text, tokens.start(next), tokens.end(next))) {
            return !isPersonsSwedishGenitive(text, tokens, words, t);
        }
        if (text.charAt(tokens.end(t) - 1) != 'n' || !NameWords.readsAsAPlace(tokens, words, t)) {
            return false;
        }
        return isFinnishChurchWord(text, tokens, next);
    }

    /** The word at {@code t} is a Finnish church's word in a case a church is named in: "kirkko", "kirkon", "kirkossa". */
    static boolean isFinnishChurchWord(String text, Tokens tokens, int t) {
        var head = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        for (var forms : FINNISH_WORDS) {
            if (head.equals(forms[0]) || head.equals(forms[1] + "n") || head.equals(forms[2])
                    || head.startsWith(forms[1]) && endsWithAny(head, forms[1].length(), FINNISH_ENDINGS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Annas kyrka", "Eva Lunds församling": the word at {@code t} is a genitive in "s" of a given name, or of any name
     * after a given name, which is a person's church or parish; not a given name in its base form ("Johannes").
     */
    private static boolean isPersonsSwedishGenitive(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        if (NameWords.isGivenName(words[t]) || text.charAt(end - 1) != 's') {
            return false;
        }
        return NameWords.isGivenName(NameLexicon.shared().lookup(text, tokens.start(t), end - 1))
                || t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && NameWords.isGivenName(words[t - 1]);
    }

    /** The word is its stem's first {@code stem} letters and one of {@code endings}. */
    private static boolean endsWithAny(String word, int stem, String[] endings) {
        for (var ending : endings) {
            if (word.length() == stem + ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Christ Church", "Cranmers Church Hall", "St Hilda's Chapel": the capitalised word at {@code t} before an English
     * church's capitalised word: the word of the faith, or a founder's or a patron's name in the possessive's
     * plural way, no given name ("Cranmers"); any other name before "Church" is a person's ("Ciarán Church").
     */
    private static boolean isBeforeAnEnglishChurch(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int next = t + 1;
        return next < tokens.size() && tokens.spaced(t, next) && tokens.isCapitalised(next)
                && ENGLISH_KINDS.contains(text, tokens.start(next), tokens.end(next))
                && (tokens.is(t, "christ") || text.charAt(tokens.end(t) - 1) == 's' && !NameWords.isGivenName(words[t]));
    }

    /** "Tuomiokirkkoseurakunta", "Wallinkapellet": a word no name list holds with a church's word after a stem. */
    private static boolean isCompound(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (words[t] != null && NameWords.isAnyName(words[t])) {
            return false;
        }
        var word = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        for (var head : COMPOUND_HEADS) {
            int at = word.indexOf(head, SHORTEST_STEM);
            if (at < SHORTEST_STEM) {
                continue;
            }
            // "Juslenius-kappeli": after a hyphen only in lower case, as a double surname's part is capitalised
            char before = word.charAt(at - 1);
            if (Character.isLetter(before) || before == '-' && Character.isLowerCase(text.charAt(tokens.start(t) + at))) {
                return true;
            }
        }
        return false;
    }

}
