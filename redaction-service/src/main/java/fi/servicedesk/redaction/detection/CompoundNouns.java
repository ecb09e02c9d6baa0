package fi.servicedesk.redaction.detection;

/**
 * "Karhu-tiimi", "Citrix-oikeudet", "Sampo-pankki-oikeudet", "Toivo-hanke": a capitalised word joined by a
 * hyphen to a word in lower case is a Finnish compound whose last part says what it is, a team, rights, a
 * project, a bank; a person's double name has a capital after each hyphen ("Engström-Keränen", "Anna-Liisa").
 * The last part must be an ordinary Finnish word to Voikko, and the word no East Asian given name of two syllables
 * ({@link RomanizedGivenNames}: "Cheng-en", "Su-bin"), nor a Korean one beside a family name ({@link KoreanNames}:
 * "Kim Da-bin", whose parts Voikko reads as words).
 * <p>A name of several words joins its compound with a space before the hyphen ("Minna Canth -sali", "Aleksis Kivi
 * -palkinto"): a run of two or three capitalised names before " -" and a noun of a room, a hall, a building or a
 * prize is the compound's first part. Not before other words ("Matti Virtanen -niminen asiakas", "saako Unto Jarvis
 * -oikeudet": a person, and a product's rights written with a stray space), nor a run with a word of no name.
 * <p>Whatever the noun, the word right before " -" is the compound's first part, not a person: a product's rights or
 * service written with that space ("saako Unto Graylog -oikeudet", "Enter Finland -palvelussa"), and the capitalised
 * ordinary words before it belong to the product's name ("Woodpecker CI -oikeudet"); the given name before it is the
 * person who asks. Not before a noun that names the person ("Matti Virtanen -niminen", "Virtanen
 * -vainaja", a kin word's "Liisa -täti").
 * <p>A work's title joins its kind's noun the same way ("Harry Potter -kirja", "Tuntematon sotilas -elokuva",
 * "Muumilaakson tarinoita -sarja", "Tähtien sota -kuva"): the words before " -" and a noun of a book, a film, a
 * series, a game, a picture or a song are the title, from the first capitalised word of the run, with the words in
 * lower case a title has; a title named beside it in the same breath ("Mona Lisa ja Tähtien sota -kuvat") is one too.
 */
final class CompoundNouns {

    private CompoundNouns() {
    }

    private static final int LONGEST_NAME = 3;
    /** The longest part of a word written with a hyphen and two capitals ("Wi-Fi"). */
    private static final int SHORT_PART = 2;
    /**
     * What Finnish names after a person with the person's full name, by Voikko's base form's end: rooms, halls, arenas,
     * stages, buildings, schools, streets, parks, prizes and foundations ("Minna Canth -sali", "Paavo Nurmi -halli",
     * "Aleksis Kivi -palkinto"); a stage by {@link Venues#STAGE} in full ("Erkki Melartin -lava").
     */
    private static final String[] NAMED_AFTER_PEOPLE = {"huone", "sali", "halli", "areena", "näyttämö", "tila", "talo",
            "rakennus", "koulu", "lukio", "tie", "katu", "puisto", "aukio", "palkinto", "mitali", "stipendi", "säätiö",
            "seura", "museo", "instituutti", "keskus", "kirjasto", "auditorio", "kabinetti", "patsas"};

    /** Kinds of works by Voikko's base form's end: "kirja", "elokuva", "sarja", "peli", "kuva", "laulu" … */
    private static final String[] WORKS = {"kirja", "romaani", "elokuva", "leffa", "sarja", "peli", "kuva", "laulu",
            "kappale", "biisi", "levy", "albumi", "näytelmä", "musikaali", "ooppera", "ohjelma", "teos", "juliste",
            "maalaus", "taulu", "tarina", "satu", "runo"};
    /** The longest title taken before a work's noun ("Tuntematon sotilas", "Kolme muskettisoturia ja kardinaali"). */
    private static final int LONGEST_TITLE = 4;
    private static final WordSet CONJUNCTIONS = WordSet.of(java.util.Set.of("ja", "tai", "sekä"));
    /** Nouns after " -" that say the words before them are a person ("-niminen asiakas", "-vainaja"), by Voikko's base form. */
    private static final java.util.Set<String> PERSON_HEADS = java.util.Set.of("niminen", "nimi", "vainaja", "suku");

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int e = 0; e + 1 < tokens.size(); e++) {
            if (isSpacedCompound(text, tokens, e, lexicon, WORKS)) {
                unmarkTitleEndingAt(text, tokens, lexicon, names, e);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && (endsInLowerCaseWord(text, tokens.start(t), tokens.end(t), lexicon)
                    || isWordWrittenWithAHyphen(text, tokens.start(t), tokens.end(t), lexicon))
                    && !KoreanNames.isGivenNameBesideFamilyName(text, tokens, t) && !RomanizedGivenNames.isGivenName(text, tokens, lexicon, t)
                    && !TopographicSurnames.isJoinedAtAVowel(text, tokens.start(t), tokens.end(t))) {
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
            if (end > t && end + 1 < tokens.size() && namesOfAPerson(tokens, lexicon, text, t, end) && isSpacedCompound(text, tokens, end, lexicon, NAMED_AFTER_PEOPLE)) {
                for (int k = t; k <= end; k++) {
                    names[k] = false;
                }
            }
            t = end;
        }
        for (int e = 0; e + 1 < tokens.size(); e++) {
            if (names[e] && isSpacedCompoundOfAThing(text, tokens, e, lexicon)) {
                unmarkFirstPartEndingAt(text, tokens, lexicon, names, e);
            }
        }
    }

    /**
     * The word at {@code e} and the capitalised words before it that are ordinary words with no name reading ("Enter
     * Finland", "Woodpecker CI"); a word of no language before the product is the given name of the one who asks
     * ("saako Zilan Airtable -oikeudet").
     */
    private static void unmarkFirstPartEndingAt(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int e) {
        names[e] = false;
        for (int k = e - 1; k >= 0 && e - k < LONGEST_NAME && tokens.isCapitalised(k) && tokens.spaced(k, k + 1)
                && isOrdinaryWord(text, tokens, lexicon, k); k--) {
            names[k] = false;
        }
    }

    private static boolean isOrdinaryWord(String text, Tokens tokens, NameLexicon lexicon, int k) {
        var w = lexicon.lookup(text, tokens.start(k), tokens.end(k));
        return !NameWords.isAnyName(w) && (w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)
                || EnglishWords.contains(text, tokens.start(k), tokens.end(k)));
    }

    /** " -oikeudet" right after the word {@code e}, a noun that names no person ({@link #PERSON_HEADS}, a kin word). */
    private static boolean isSpacedCompoundOfAThing(String text, Tokens tokens, int e, NameLexicon lexicon) {
        var head = spacedCompoundHead(text, tokens, e, lexicon);
        return head != null && !PERSON_HEADS.contains(head.ordinaryBase()) && !KinWordsBeforeNames.isKin(head.ordinaryBase());
    }

    /**
     * The run reads as a person's full name: a person's full name makes the compound ("Minna Canth -sali"), while a
     * name beside a product's is a person and the product's compound, written with a stray space ("saako Unto Graylog
     * -oikeudet"). The first word has a name reading and each after it has one or is a word neither Voikko nor the
     * lists know, as a namesake's rare surname is ("Aino Ackté -sali", "Arvid Lydecken -palkinto").
     */
    private static boolean namesOfAPerson(Tokens tokens, NameLexicon lexicon, String text, int t, int end) {
        for (int k = t; k <= end; k++) {
            var w = lexicon.lookup(text, tokens.start(k), tokens.end(k));
            if (!NameWords.isAnyName(w) && (k == t || w.isKnown())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title that ends at {@code e}: back to its first capitalised word, over words in lower case; and a run of
     * capitalised words joined to it by a conjunction. The words in lower case are nouns or adjectives, as a title's
     * are ("Tähtien sota"), not a verb after a person ("Matti kertoi sota -kuvasta").
     */
    private static void unmarkTitleEndingAt(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int e) {
        int first = -1;
        for (int k = e; k >= 0 && e - k < LONGEST_TITLE && (k == e || tokens.spaced(k, k + 1)); k--) {
            if (tokens.isCapitalised(k)) {
                first = k;
            } else if (first >= 0 || !tokens.isLowerCase(k)
                    || !lexicon.lookup(text, tokens.start(k), tokens.end(k)).is(NameLexicon.Word.NOUN | NameLexicon.Word.ADJECTIVE)) {
                break;
            }
        }
        if (first < 0) {
            return;
        }
        for (int k = first; k <= e; k++) {
            names[k] = false;
        }
        int and = first - 1;
        if (and > 0 && tokens.spaced(and, first) && CONJUNCTIONS.contains(text, tokens.start(and), tokens.end(and))) {
            for (int k = and - 1; k >= 0 && and - k <= LONGEST_NAME && tokens.isCapitalised(k) && tokens.spaced(k, k + 1); k--) {
                names[k] = false;
            }
        }
    }

    /** " -sali" right after the word {@code e}: a space, a hyphen and a noun in lower case ending in one of {@code kinds}. */
    private static boolean isSpacedCompound(String text, Tokens tokens, int e, NameLexicon lexicon, String[] kinds) {
        var head = spacedCompoundHead(text, tokens, e, lexicon);
        if (head == null) {
            return false;
        }
        if (kinds == NAMED_AFTER_PEOPLE && head.ordinaryBase().equals(Venues.STAGE)) {
            return true;
        }
        for (var kind : kinds) {
            if (head.ordinaryBase().endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The noun after " -" right after the word {@code e}: a space, a hyphen and a word in lower case Voikko knows as no name. */
    private static NameLexicon.Word spacedCompoundHead(String text, Tokens tokens, int e, NameLexicon lexicon) {
        int end = tokens.end(e);
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != '-' || tokens.start(e + 1) != end + 2
                || !tokens.isLowerCase(e + 1)) {
            return null;
        }
        var head = lexicon.lookup(text, tokens.start(e + 1), tokens.end(e + 1));
        return head.is(NameLexicon.Word.COMMON) && !head.isName() && head.ordinaryBase() != null ? head : null;
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
