package fi.servicedesk.redaction.detection;

/**
 * "Karhu-tiimi", "Citrix-oikeudet", "Sampo-pankki-oikeudet", "Toivo-hanke": a capitalised word joined by a
 * hyphen to a word in lower case is a Finnish compound whose last part says what it is, a team, rights, a
 * project, a bank; a person's double name has a capital after each hyphen ("Engström-Keränen", "Anna-Liisa").
 * The last part must be an ordinary Finnish word to Voikko: a Korean given name is written with a hyphen and a
 * syllable in lower case that is no word ("Ji-woo", "Min-jun"), nor one Voikko reads as a word ("Da-bin", "Geon-u")
 * beside a Korean family name ({@link KoreanNames}).
 * <p>A name of several words joins its compound with a space before the hyphen ("Minna Canth -sali", "Aleksis Kivi
 * -palkinto"): a run of two or three capitalised names before " -" and a noun of a room, a hall, a building or a
 * prize is the compound's first part. Not before other words ("Matti Virtanen -niminen asiakas", "saako Unto Jarvis
 * -oikeudet": a person, and a product's rights written with a stray space), nor a run with a word of no name.
 */
final class CompoundNouns {

    private CompoundNouns() {
    }

    private static final int LONGEST_NAME = 3;
    /** The longest part of a word written with a hyphen and two capitals ("Wi-Fi"). */
    private static final int SHORT_PART = 2;
    /**
     * What Finnish names after a person with the person's full name, by Voikko's base form's end: rooms, halls,
     * buildings, schools, streets, parks, prizes and foundations ("Minna Canth -sali", "Aleksis Kivi -palkinto").
     */
    private static final String[] NAMED_AFTER_PEOPLE = {"huone", "sali", "tila", "talo", "rakennus", "koulu", "lukio",
            "tie", "katu", "puisto", "aukio", "palkinto", "mitali", "stipendi", "säätiö", "seura", "museo", "instituutti",
            "keskus", "kirjasto", "auditorio", "kabinetti", "patsas"};

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && (endsInLowerCaseWord(text, tokens.start(t), tokens.end(t), lexicon)
                    || isWordWrittenWithAHyphen(text, tokens.start(t), tokens.end(t), lexicon))
                    && !KoreanNames.isGivenNameBesideFamilyName(text, tokens, t)) {
                names[t] = false;
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t)) {
                continue;
            }
            int end = t;
            while (end + 1 < tokens.size() && end + 1 - t < LONGEST_NAME && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
                end++;
            }
            if (end > t && end + 1 < tokens.size() && allNames(tokens, lexicon, text, t, end) && isSpacedCompound(text, tokens, end, lexicon)) {
                for (int k = t; k <= end; k++) {
                    names[k] = false;
                }
            }
            t = end;
        }
    }

    /**
     * Each word of the run has a name reading: a person's full name makes the compound ("Minna Canth -sali"), while a
     * name beside a product's is a person and the product's compound, written with a stray space ("saako Unto Graylog
     * -oikeudet").
     */
    private static boolean allNames(Tokens tokens, NameLexicon lexicon, String text, int t, int end) {
        for (int k = t; k <= end; k++) {
            if (!NameWords.isAnyName(lexicon.lookup(text, tokens.start(k), tokens.end(k)))) {
                return false;
            }
        }
        return true;
    }

    /** " -sali" right after the word {@code e}: a space, a hyphen and a noun in lower case of {@link #NAMED_AFTER_PEOPLE}. */
    private static boolean isSpacedCompound(String text, Tokens tokens, int e, NameLexicon lexicon) {
        int end = tokens.end(e);
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != '-' || tokens.start(e + 1) != end + 2
                || !tokens.isLowerCase(e + 1)) {
            return false;
        }
        var head = lexicon.lookup(text, tokens.start(e + 1), tokens.end(e + 1));
        if (!head.is(NameLexicon.Word.COMMON) || head.isName() || head.ordinaryBase() == null) {
            return false;
        }
        for (var kind : NAMED_AFTER_PEOPLE) {
            if (head.ordinaryBase().endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Wi-Fi", "Hi-Fi", "Lo-Fi": two parts of two letters, neither of them a name to the lexicon, are a word written
     * with a hyphen; a double name's short parts are names ("Yu-Na", "Ji-Ho"), and a part of three letters may be a
     * name the lexicon lacks ("Maj-Gun").
     */
    private static boolean isWordWrittenWithAHyphen(String text, int start, int end, NameLexicon lexicon) {
        int hyphen = text.indexOf('-', start);
        if (hyphen <= start || hyphen - start > SHORT_PART || end - hyphen - 1 > SHORT_PART || end - hyphen - 1 < 2
                || !Character.isUpperCase(text.charAt(hyphen + 1))) {
            return false;
        }
        return !NameWords.isAnyName(lexicon.lookup(text, start, hyphen)) && !NameWords.isAnyName(lexicon.lookup(text, hyphen + 1, end));
    }

    /** A hyphen inside the word, and after the last one a word in lower case that Voikko knows as no name. */
    private static boolean endsInLowerCaseWord(String text, int start, int end, NameLexicon lexicon) {
        int hyphen = text.lastIndexOf('-', end - 1);
        if (hyphen <= start || hyphen + 1 >= end || !Character.isLowerCase(text.charAt(hyphen + 1))) {
            return false;
        }
        var lastPart = lexicon.lookup(text, hyphen + 1, end);
        return lastPart.is(NameLexicon.Word.COMMON) && !lastPart.isName();
    }
}
