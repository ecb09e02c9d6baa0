package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.Set;

/**
 * Ships, storms, rooms and pets are named like people: "M/S Viking Grace", "RRS Sir David Attenborough",
 * "jäänmurtaja Urho", "Hurricane Milton", "myrsky Aapeli", "Kokoushuone Minna Canth", "Toimistokoira Nalle",
 * "vårdcentralen Strandbacka", and so are trains and foundations: "EuroNight-juna Chopin", "nattåget Chopin",
 * "Stiftelsen Ahlskog". The capitalised words after a vessel's prefix or after the word of the kind are the thing's
 * name, not a person's.
 */
final class ShipsAndStorms {

    /**
     * Prefixes of ships' and boats' names, in their written case, each followed by a space: motor, steam, sailing and
     * research vessels, motor and sailing yachts, tankers and fishing vessels ("s/y Aurora", "M/Y Elsa Maria").
     */
    private static final String[] VESSEL_PREFIXES = {"M/S ", "MS ", "M/V ", "MV ", "S/S ", "SS ", "HMS ", "RMS ", "RRS ", "R/V ", "RV ",
        "USS ", "m/s ", "ms ", "s/s ", "m/v ", "r/v ", "S/Y ", "s/y ", "M/Y ", "m/y ", "S/V ", "s/v ", "M/T ", "m/t ", "F/V ",
        "f/v "};
    private static final WrittenWords VESSEL_PREFIX_WORDS = WrittenWords.of(VESSEL_PREFIXES);
    /**
     * Boats, by Finnish base form and Swedish as written ("veneellä Aallotar", "båten Ellen"): everyday words that also
     * stand as a sentence's object before its subject ("Moottoriveneen Pekka Laine osti", "Båten Anna Berg köpte").
     */
    private static final Set<String> BOATS = Set.of("vene", "purjevene", "moottorivene", "soutuvene", "huvivene", "jahti",
            "purjejahti", "båt", "båten", "segelbåt", "segelbåten", "motorbåt", "motorbåten");
    /** Words of the kind, by base form for Finnish: a ship's, a boat's or a storm's name follows them. */
    private static final Set<String> KINDS = union(Set.of("ship", "vessel", "ferry", "icebreaker", "tanker", "yacht",
            "hurricane", "typhoon", "cyclone", "storm", "laiva", "alus", "lautta", "jäänmurtaja", "risteilijä",
            "hinaaja", "myrsky", "hirmumyrsky", "taifuuni", "stormen", "orkanen", "fartyget", "färjan"), BOATS);
    private static final WordSet BOAT_WORDS = WordSet.of(BOATS);
    /**
     * Rooms and pets are named after people too ("Kokoushuone Minna Canth", "room Ada Lovelace", "Toimistokoira Nalle"):
     * the word of the kind, also at a Finnish compound's end, but only uninflected, where it names what follows
     * ("huoneesta Matti Virtaselle" is from a room to a person).
     */
    private static final Set<String> NAMED_KINDS = Set.of("room", "huone", "sali", "auditorio", "dog", "cat", "koira", "kissa",
            // Swedish, as written: "mötesrummet Selma Lagerlöf"
            "rum", "rummet", "mötesrum", "mötesrummet", "konferensrum", "konferensrummet", "hund", "hunden", "katt", "katten");
    private static final WordSet NAMED_KIND_WORDS = WordSet.of(NAMED_KINDS);
    private static final String[] SWEDISH_DEFINITE_KINDS = {"rummet", "hunden", "katten"};
    /**
     * Swedish care and work units in lower case before the name they bear, alone or ending a compound, indefinite or
     * definite ("vårdcentralen Strandbacka", "hemtjänstgrupp Norr", "mottagning Ekbacken"): a person is no unit's name.
     */
    private static final String[] SWEDISH_UNITS = {"central", "centralen", "grupp", "gruppen", "mottagning",
            "mottagningen", "avdelning", "avdelningen"};
    /**
     * Trains and foundations, only as written, alone or a hyphened compound's head ("EuroNight-juna Chopin",
     * "nattåget Chopin", "Stiftelsen Ahlskog"): inflected, the word is where a person is ("junassa Matti Virtanen").
     * Not English "train", a verb as well, and a person follows the noun too ("train Sarah Jones", "the train Sarah
     * booked").
     */
    private static final WordSet WRITTEN_KINDS = WordSet.of(Set.of("juna", "yöjuna", "tåg", "tåget", "nattåg",
            "nattåget", "stiftelsen", "stiftelse", "säätiö"));
    /** {@link #KINDS} as the words are written, asked of the word before every capitalised word without a copy of it. */
    private static final WordSet KIND_WORDS = WordSet.of(KINDS);
    /** The longest run of capitalised words a ship's or storm's name takes ("Silja Serenade", "Queen Mary Two"). */
    private static final int LONGEST_NAME = 3;

    private ShipsAndStorms() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t)
                    && (afterVesselPrefix(text, tokens.start(t)) || t > 0 && isKind(text, tokens, words, t - 1)
                    && !isPersonAfterBoat(text, tokens, words, t))) {
                // "Stiftelsen" opening a sentence is the foundation's word, not a name.
                if (t > 0 && tokens.isCapitalised(t - 1) && isWrittenKind(text, tokens.start(t - 1), tokens.end(t - 1))) {
                    names[t - 1] = false;
                }
                int k = t;
                for (; k < tokens.size() && k - t < LONGEST_NAME && tokens.isCapitalised(k)
                        && (k == t || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
                t = k - 1;
            }
        }
    }

    /**
     * A given name and a surname after a boat's everyday word are the person the clause is about ("Veneen Matti
     * Nieminen huolsi", "Båten Anna Berg köpte"); a boat is named by given names or a word ("båten Ellen Sofia").
     */
    private static boolean isPersonAfterBoat(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var kind = words[t - 1];
        boolean boat = BOAT_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || kind != null && kind.ordinaryBase() != null && BOATS.contains(kind.ordinaryBase());
        return boat && t + 1 < tokens.size() && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1)
                && NameWords.isGivenName(words[t]) && NameWords.hasSurnameReading(words[t + 1])
                && !NameWords.isGivenName(words[t + 1]);
    }

    private static boolean afterVesselPrefix(String text, int start) {
        // Every capitalised word is asked: each prefix ends in one of a few letters before its space, most words' neighbours in none.
        if (start < 3 || text.charAt(start - 1) != ' ' || "SVYTsvyt".indexOf(text.charAt(start - 2)) < 0) {
            return false;
        }
        return VESSEL_PREFIX_WORDS.endsWordAt(text, start);
    }

    private static boolean isKind(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.spaced(t, t + 1) || !(tokens.isLowerCase(t) || tokens.isCapitalised(t))) {
            return false;
        }
        var w = words[t];
        return KIND_WORDS.contains(text, tokens.start(t), tokens.end(t)) || isWrittenKind(text, tokens.start(t), tokens.end(t))
                || w != null && w.ordinaryBase() != null && KINDS.contains(w.ordinaryBase())
                || isNamedKind(text, tokens, w, t);
    }

    /** A {@link #WRITTEN_KINDS} word from {@code start} to {@code end}, or a hyphened compound ending in one: "EuroNight-juna". */
    static boolean isWrittenKind(String text, int start, int end) {
        int head = text.lastIndexOf('-', end - 1);
        return WRITTEN_KINDS.contains(text, head >= start ? head + 1 : start, end);
    }

    /** A Swedish compound, written as one word, ending in a definite kind: "kontorshunden Sixten", "konferensrummet Ada". */
    private static boolean isSwedishCompoundKind(String text, Tokens tokens, int t) {
        for (var kind : SWEDISH_DEFINITE_KINDS) {
            int from = tokens.end(t) - kind.length();
            if (from > tokens.start(t) + 2 && text.regionMatches(true, from, kind, 0, kind.length())) {
                return true;
            }
        }
        return false;
    }

    /** The word is one of {@code kinds} or a compound ending in one: "hemtjänstgrupp", "vårdcentralen". */
    private static boolean endsIn(String text, Tokens tokens, int t, String[] kinds) {
        for (var kind : kinds) {
            int from = tokens.end(t) - kind.length();
            if (from >= tokens.start(t) && text.startsWith(kind, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@link #NAMED_KINDS} word, or an ordinary compound ending in one ("kokoushuone", "toimistokoira"), written as
     * its base form: uninflected.
     */
    private static boolean isNamedKind(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (NAMED_KIND_WORDS.contains(text, tokens.start(t), tokens.end(t)) || isSwedishCompoundKind(text, tokens, t)
                || tokens.isLowerCase(t) && endsIn(text, tokens, t, SWEDISH_UNITS)) {
            return true;
        }
        return NameWords.isUninflectedWordEndingIn(text, tokens, w, t, NAMED_KINDS);
    }

    private static Set<String> union(Set<String> words, Set<String> more) {
        var all = new HashSet<>(words);
        all.addAll(more);
        return Set.copyOf(all);
    }
}
