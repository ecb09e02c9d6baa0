package fi.servicedesk.redaction.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What a word can be as far as people's names go: Voikko's readings of it (first name, surname,
 * place, brand, ordinary word) and the given names and surnames of Datafaker's English and Finnish
 * name lists (Apache-2.0, maintained with the library; Voikko knows Finnish names and only some
 * foreign ones). Answers are cached per word form: a conversation's vocabulary repeats, and a
 * Voikko call costs microseconds. The US given names (Social Security Administration) and
 * surnames (Census Bureau, 1990) add common English names the other lists lack, strong only
 * where the name is no English word or place (us-names.tsv). Thread-safe.
 */
public final class NameLexicon {

    /**
     * The readings of one word form; {@code base} is the name's base form in lower case,
     * {@code ordinaryBase} Voikko's base form of its first ordinary reading ("esimieheni" → esimies).
     */
    public record Word(int kinds, String base, String ordinaryBase) {

        public static final int FIRST = 1;
        public static final int LAST = 2;
        public static final int PLACE = 4;
        /** An ordinary word (noun, verb, adjective …) or a brand: not a person. */
        public static final int COMMON = 8;
        /** The name reading comes from the lists only, not from Voikko: uninflected, and weaker in lower case ("lang"). */
        public static final int LISTED = 16;
        /** One of the ordinary readings is an adjective ("koskinen", "lehtinen"). */
        public static final int ADJECTIVE = 32;
        /**
         * A given name by the US lists only, that is also an English word or a place ("Hope",
         * "Grace"): a name part only before a surname, never alone.
         */
        public static final int PAIRED_FIRST = 64;
        /** A surname by the US lists only, that is also an English word or a place ("Gray", "Stone"): a name part only after a given name. */
        public static final int PAIRED_LAST = 128;
        /**
         * A common English word as well, whatever list or Voikko reading makes it a name ("Hand", "Drew",
         * "Grant"): at the start of a sentence it is the word.
         */
        public static final int ENGLISH_WORD = 256;
        /** One of the ordinary readings is a genitive ("Toivon": of hope), so a postposition after it does not make it a name. */
        public static final int ORDINARY_GENITIVE = 512;
        /**
         * One of the ordinary readings is a noun ("Kärki", "Rastas"): a Finnish surname may be any noun. Above the
         * bits {@link TokenFeatures} reads, so the name tagger's features do not change with it.
         */
        public static final int NOUN = 1024;
        /** One of the ordinary readings is a verb ("vein", "näin"): above the tagger's bits like {@link #NOUN}. */
        public static final int VERB = 2048;
        /**
         * Voikko reads it as a proper name of no kind (its class "nimi"): a name from the epic that is also a given name
         * ("Kaleva", "Vellamo"), a firm's or a brand's ("Kesko", "Finnair"). Above the tagger's bits like {@link #NOUN}.
         */
        public static final int PROPER = 4096;

        public boolean isName() {
            return (kinds & (FIRST | LAST)) != 0;
        }

        /** A proper name of no kind and nothing else: no name, place, word or English word ("Kaleva", "Kalevalle"). */
        public boolean isOnlyProper() {
            return is(PROPER) && !is(FIRST | LAST | PLACE | NOUN | ADJECTIVE | VERB | ENGLISH_WORD);
        }

        public boolean is(int kind) {
            return (kinds & kind) != 0;
        }

        /** A name and nothing else: "Hirvoselle", "Jarmon"; not "Laine" (also a noun) or "Salo" (also a town). */
        public boolean isOnlyName() {
            return isName() && (kinds & (PLACE | COMMON)) == 0;
        }

        /**
         * A name even in lower case ("jarmolle"): Voikko knows it as a name and as nothing else, and it is no
         * English word that is only a surname ("Just grant it"); chat writes given names in lower case ("ta daisy!").
         */
        public boolean isOnlyNameInLowerCase() {
            return isOnlyName() && (kinds & LISTED) == 0 && ((kinds & ENGLISH_WORD) == 0 || (kinds & FIRST) != 0);
        }

        /** Known to Voikko or the lists as anything but a paired name part (which was unknown before the US lists). */
        public boolean isKnown() {
            return (kinds & ~(PAIRED_FIRST | PAIRED_LAST)) != 0;
        }
    }

    private static final Word UNKNOWN = new Word(0, null, null);
    /**
     * Slots of the cache of Voikko's answers: a word form goes to one slot by its hash and
     * replaces what was there, so memory stays flat (at most this many forms) and a lookup
     * allocates nothing. A conversation's vocabulary is a few hundred forms.
     */
    private static final int CACHE_SLOTS = 1 << 16;
    private static final String DATAFAKER_ENGLISH = "/en/name.yml";
    private static final String DATAFAKER_FINNISH = "/fi-FI.yml";
    /**
     * Swedish given names (Finland's second official language: "Osvald var snabb", "Gunnel på lönekontoret"), which
     * Voikko and the English lists lack; its surnames are left out, many being Swedish words ("Frisk", "Skog", "Lugn").
     */
    private static final String DATAFAKER_SWEDISH = "/sv.yml";
    /** Its given names that are common Swedish words ("Per månad", "Dag 2", "Kalla fakta"), and Svea, Sweden (Svea Ekonomi). */
    private static final Set<String> SWEDISH_WORDS = Set.of("per", "dag", "sten", "bror", "kalla", "gun", "mons", "svea");
    /** The US given names and surnames (SSA, Census Bureau), made by tools/name-lists/make-name-lists.sh. */
    private static final String US_NAMES = "/names/us-names.tsv";
    private static final int US_FIRST = 1;
    private static final int US_LAST = 2;
    /** A common English word as well (SCOWL): "gray", "hunter", "stone". */
    private static final int US_WORD = 4;
    /**
     * Places the US surname list holds that Voikko knows only by their Finnish names (Lontoo,
     * Pariisi, Saksa): a name only beside a given name, as a place Voikko knows is.
     */
    private static final Set<String> ENGLISH_PLACE_NAMES = Set.of(
            "england", "scotland", "ireland", "wales", "britain", "france", "germany", "holland", "poland", "spain",
            "italy", "denmark", "sweden", "norway", "finland", "russia", "china", "india", "japan", "canada", "america",
            "europe", "paris", "berlin", "london", "rome", "vienna", "prague", "warsaw", "brussels", "lisbon", "munich",
            "hamburg", "milan", "geneva", "zurich", "york", "jersey", "florida", "georgia", "virginia", "carolina",
            "dakota", "texas", "indiana", "kansas", "nevada", "alaska", "arizona", "orlando", "phoenix", "denver");
    /**
     * Words of a service-desk conversation that the name lists also hold, or that a capital after
     * a greeting would otherwise make a name ("Hi Team", "Thanks Will"): products, English words.
     * Each still counts as a name beside another part of a name ("Will Smith").
     */
    private static final Set<String> ORDINARY_WORDS = Set.of(
            "teams", "servicenow", "outlook", "excel", "word", "powerpoint", "office", "onedrive", "sharepoint", "jira",
            "confluence", "zoom", "slack", "webex", "citrix", "vpn", "chrome", "edge", "firefox", "android", "iphone",
            "ipad", "mac", "macbook", "linux", "azure", "intune", "okta", "github", "gitlab", "visma", "kela", "omakanta",
            // Swedish pronouns opening a sentence ("Du når mig på …", "Jag ringer om …")
            "du", "jag",
            "team", "all", "everyone", "everybody", "there", "guys", "folks", "again", "support", "service", "desk",
            "helpdesk", "servicedesk", "admin", "agent", "user", "customer", "sir", "madam", "it", "hr", "will", "may",
            "june", "april", "august", "mark", "bill", "grace", "hope", "joy", "rose", "page", "ray", "case", "king",
            "young", "long", "summer", "dawn", "iris", "ivy", "lily", "ruby", "art", "guy", "max", "pat", "sue", "bob",
            "brown", "black", "white", "green", "grey", "gray", "hill", "wood", "cook", "baker", "hall", "lane", "rich",
            "price", "day", "little", "field", "north", "west", "bell", "fox", "key", "chase", "frank", "earnest",
            "faith", "honey", "sunny", "angel", "crystal", "amber", "misty", "holly", "autumn", "windows", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "july", "september", "october", "november", "december", "english", "finnish", "swedish", "good", "great",
            "best", "kind", "warm", "many", "morning", "evening", "afternoon", "night", "so", "ok", "okay", "yes", "no",
            "please", "sorry", "thanks", "thank", "hello", "hi", "hey", "dear", "regards", "cheers", "i", "a", "an",
            "the", "and", "or", "but", "my", "our", "your", "his", "her", "their", "this", "that", "mr", "mrs", "ms",
            "miss", "dr", "mx", "prof", "tri", "revd", "rev", "cllr", "new", "old",
            // an after-call note's shorthand for the customer and the manager, and the Swedish greeting ("Mgr Nino
            // Beridze", "Hej Iiris"), which the lists or a name after them would otherwise make a name
            "mgr", "cust", "hej",
            // English auxiliaries and question words open a question before a name ("Is Harju still…", "Who's …").
            "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "would", "should", "shall",
            "might", "must", "who", "what", "when", "where", "why", "how", "which", "whose", "else",
            // Finnish written without ä/ö: "mika" is mostly "mikä".
            "mika");
    /**
     * Build and message servers a service desk names alone far more often than a person of that surname: ordinary
     * words whose name readings are only the US lists' paired ones, so alone they are no name ("Jenkins kaatuu taas",
     * "hi, Jenkins won't let me log in") and beside a given name they still are ("Mary Jenkins").
     */
    private static final Set<String> SERVERS = Set.of("jenkins", "gerrit", "kafka");

    /**
     * Makers of the hardware and software a service desk names, some of them surnames to Voikko
     * ("Dell") or in the US lists: a name part only beside another name ("Michael Dell").
     */
    private static final Set<String> MAKERS = Set.of(
            "dell", "lenovo", "hp", "apple", "samsung", "cisco", "adobe", "google", "microsoft", "oracle", "ibm",
            "intel", "logitech", "canon", "epson", "xerox", "ricoh", "kyocera", "fujitsu", "asus", "acer", "toshiba",
            "sony", "nokia", "huawei", "motorola", "zebra", "jabra", "plantronics", "poly", "sap", "salesforce",
            // Finnish operators and school and health services that are also given names.
            "elisa", "telia", "dna", "wilma", "peppi", "kanta",
            // cars of the fleet and the car park
            "porsche", "ford", "volvo", "tesla", "toyota", "skoda", "audi", "volkswagen");

    /* The two sets above as the name rules ask them of a word of the text, nearly every capitalised one. */
    private static final WordSet THINGS_OR_WORDS = WordSet.of(ORDINARY_WORDS, SERVERS, MAKERS);
    private static final WordSet MAKER_WORDS = WordSet.of(MAKERS);

    /** Finnish case endings a foreign name takes ("Phamille", "Linhin", "Arjunissa", "Priyana"), longest first. */
    private static final String[] FOREIGN_NAME_ENDINGS = {
            "iksi", "ille", "ilta", "iltä", "illa", "illä", "ista", "istä", "issa", "issä", "ksi", "iin", "ina", "inä",
            "lle", "lta", "ltä", "lla", "llä", "sta", "stä", "ssa", "ssä", "in", "ia", "iä", "na", "nä", "n", "a", "ä"};
    /** The last letters of those endings: a word ending in none of them is split by none, and most words are asked. */
    private static final String ENDINGS_LAST_LETTERS = lastLetters(FOREIGN_NAME_ENDINGS);
    /** The fewest letters a stem before one of those endings has ("Zoom-issa"; not "Mac-issa", "Ann-a"). */
    private static final int SHORTEST_INFLECTED_STEM = 4;

    private static NameLexicon shared;

    private final Voikko voikko;
    /*
     * The name lists as SortedLines, not sets of Strings: some 31,000 names in a quarter of the memory (0.5 MB, a String
     * and a hash table's entry a name cost more than the name's bytes), and a process holds them as long as it runs.
     */
    private final SortedLines listedFirstNames;
    private final SortedLines listedSurnames;
    /** The US lists' names by what they are (US_FIRST, US_LAST, US_WORD), one list each; see {@link #usKinds}. */
    private final SortedLines usFirstNames;
    private final SortedLines usSurnames;
    private final SortedLines usEnglishWords;
    private final int usNames;
    /**
     * Each slot holds an immutable entry or null; a reader sees either entry whole, and a lost
     * write only costs one more Voikko call, so no lock is needed.
     */
    private final AtomicReferenceArray<Entry> cache = new AtomicReferenceArray<>(CACHE_SLOTS);

    /**
     * One cached form: its readings, whether it is an English noun ({@link EnglishNouns}, which the name tagger
     * asks of every word) and what the tagger's features read of it as written. The form's characters, not a String:
     * a lookup then reads three objects (slot, entry, characters), not four.
     */
    record Entry(char[] form, Word word, boolean englishNoun, TokenFeatures.Form written) {

        boolean isFormOf(String text, int start, int end) {
            return Characters.sameAs(form, text, start, end);
        }
    }

    public NameLexicon(Voikko voikko) {
        this.voikko = voikko;
        var first = new HashSet<String>();
        var last = new HashSet<String>();
        readNames(DATAFAKER_ENGLISH, first, last);
        readNames(DATAFAKER_FINNISH, first, last);
        var swedish = new HashSet<String>();
        readNames(DATAFAKER_SWEDISH, swedish, new HashSet<>());
        swedish.removeAll(SWEDISH_WORDS);
        first.addAll(swedish);
        this.listedFirstNames = SortedLines.of(first, "Datafaker's given names");
        this.listedSurnames = SortedLines.of(last, "Datafaker's surnames");
        var usFirst = new ArrayList<String>();
        var usLast = new ArrayList<String>();
        var usWords = new ArrayList<String>();
        this.usNames = readUsNames(usFirst, usLast, usWords);
        this.usFirstNames = SortedLines.of(usFirst, US_NAMES);
        this.usSurnames = SortedLines.of(usLast, US_NAMES);
        this.usEnglishWords = SortedLines.of(usWords, US_NAMES);
    }

    /** One lexicon for the process: its cache is worth sharing, and Voikko's dictionary is loaded once. */
    public static synchronized NameLexicon shared() {
        if (shared == null) {
            shared = new NameLexicon(Voikko.load());
        }
        return shared;
    }

    /** A product, maker or English word of a service desk that the name lists also hold ("Teams", "Dell", "Will"). */
    static boolean isThingOrWord(String lower) {
        return ORDINARY_WORDS.contains(lower) || SERVERS.contains(lower) || MAKERS.contains(lower);
    }

    /**
     * A product, maker or word of the service desk before a Finnish case ending or a clitic ("Teamsiin", "Zoomissa",
     * "Jiraan", "Jirassakin"); not such a word as it is ("Will", "May", "Elisa"), which is also a name.
     */
    static boolean isInflectedThing(String text, int start, int end) {
        for (var stem : InflectedStems.of(text, start, end)) {
            if (isThingOrWord(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code lower} can be before a Finnish case ending or a clitic, the longer ending first, each stem at
     * least {@value #SHORTEST_INFLECTED_STEM} letters: before an ending of {@link #FOREIGN_NAME_ENDINGS}
     * ("teamsiin" → teams, "phamille" → pham), before the illative's lengthened vowel and "n", "-hVn", "-seen" or
     * "-siin" ("jiraan" → jira, "sonyyn" → sony), and, where a clitic ends it, the same of the word without the clitic
     * and that word itself ("magdallekin" → magda, "samirkin" → samir). The word itself comes first ("outlookin" →
     * outlook before "outlookin" less "-kin").
     */
    static List<String> stemsBeforeEndings(String lower) {
        var stems = new ArrayList<String>(4);
        addStemsBeforeEndings(lower, stems);
        var withoutClitic = NameWords.withoutClitic(lower);
        if (withoutClitic.length() < lower.length()) {
            addStemsBeforeEndings(withoutClitic, stems);
            stems.add(withoutClitic);
        }
        return stems;
    }

    private static void addStemsBeforeEndings(String lower, List<String> stems) {
        if (lower.length() > SHORTEST_INFLECTED_STEM && ENDINGS_LAST_LETTERS.indexOf(lower.charAt(lower.length() - 1)) >= 0) {
            for (var ending : FOREIGN_NAME_ENDINGS) {
                if (lower.length() - ending.length() >= SHORTEST_INFLECTED_STEM && lower.endsWith(ending)) {
                    stems.add(lower.substring(0, lower.length() - ending.length()));
                }
            }
        }
        int illative = NameWords.illativeEndingLength(lower, 0, lower.length());
        if (illative > 0 && lower.length() - illative >= SHORTEST_INFLECTED_STEM) {
            stems.add(lower.substring(0, lower.length() - illative));
        }
    }

    private static String lastLetters(String[] endings) {
        var letters = new StringBuilder();
        for (var ending : endings) {
            char last = ending.charAt(ending.length() - 1);
            if (letters.indexOf(String.valueOf(last)) < 0) {
                letters.append(last);
            }
        }
        return letters.toString();
    }

    static boolean isMaker(String lower) {
        return MAKERS.contains(lower);
    }

    /** {@link #isThingOrWord(String)} of {@code text[start, end)} in lower case, asked without a lower-cased copy (see {@link WordSet}). */
    static boolean isThingOrWord(String text, int start, int end) {
        return THINGS_OR_WORDS.contains(text, start, end);
    }

    /** {@link #isMaker(String)} of {@code text[start, end)} in lower case, asked without a lower-cased copy. */
    static boolean isMaker(String text, int start, int end) {
        return MAKER_WORDS.contains(text, start, end);
    }

    int listedNames() {
        return listedFirstNames.size() + listedSurnames.size();
    }

    int usNames() {
        return usNames;
    }

    /** US_FIRST | US_LAST | US_WORD of {@code lower} by the US lists, 0 where they do not hold it. */
    private int usKinds(String lower) {
        return (holds(usFirstNames, lower) ? US_FIRST : 0) | (holds(usSurnames, lower) ? US_LAST : 0)
                | (holds(usEnglishWords, lower) ? US_WORD : 0);
    }

    private static boolean holds(SortedLines names, String lower) {
        return names.contains(lower, 0, lower.length());
    }

    /** The readings of {@code text[start, end)}, one word. */
    public Word lookup(String text, int start, int end) {
        return entry(text, start, end).word();
    }

    /** The cached answers for {@code text[start, end)}, one word, found (Voikko asked) if not cached. */
    Entry entry(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ hash >>> 16) & (CACHE_SLOTS - 1);
        var entry = cache.getAcquire(slot);
        if (entry != null && entry.isFormOf(text, start, end)) {
            return entry;
        }
        var form = text.substring(start, end);
        var word = analyse(form);
        entry = new Entry(form.toCharArray(), word, EnglishNouns.contains(text, start, end), TokenFeatures.Form.of(form, word));
        cache.setRelease(slot, entry);
        return entry;
    }

    private Word analyse(String word) {
        int kinds = 0;
        String base = null;
        String ordinaryBase = null;
        String placeBase = null;
        for (var analysis : voikko.analyse(word)) {
            var wordClass = analysis.wordClass() == null ? "" : analysis.wordClass();
            switch (wordClass) {
                case "etunimi" -> {
                    kinds |= Word.FIRST;
                    base = base == null ? analysis.baseForm() : base;
                }
                case "sukunimi" -> {
                    kinds |= Word.LAST;
                    base = base == null ? analysis.baseForm() : base;
                }
                case "paikannimi" -> {
                    kinds |= Word.PLACE;
                    placeBase = placeBase == null ? analysis.baseForm() : placeBase;
                }
                default -> {
                    kinds |= Word.COMMON | (wordClass.contains("laatusana") && !wordClass.contains("nimisana") ? Word.ADJECTIVE : 0)
                            | ("omanto".equals(analysis.grammaticalCase()) ? Word.ORDINARY_GENITIVE : 0)
                            | (wordClass.contains("nimisana") ? Word.NOUN : 0)
                            | ("teonsana".equals(wordClass) ? Word.VERB : 0)
                            | ("nimi".equals(wordClass) ? Word.PROPER : 0);
                    ordinaryBase = ordinaryBase == null ? analysis.baseForm() : ordinaryBase;
                }
            }
        }
        var lower = word.toLowerCase(Locale.ROOT);
        if ((kinds & Word.FIRST) != 0 && (kinds & Word.PLACE) != 0 && (kinds & (Word.LAST | Word.COMMON)) == 0
                && word.indexOf('-') > 0 && isGivenNameAndGivenNameOrTown(word)) {
            // "Aapo-Pietari": Voikko reads a double given name whose part is also a town's (Pietari: St Petersburg) as a
            // place too; its other part, a given name and nothing else, makes it a name alone.
            kinds &= ~Word.PLACE;
        }
        if ((kinds & (Word.FIRST | Word.LAST | Word.COMMON)) == 0 && (kinds & Word.PLACE) != 0 && word.indexOf('-') > 0) {
            // "Aino-Inkeri", "Sanna-Inkeri": Voikko reads a double given name whose last part is also a land's (Inkeri,
            // Ingria) as a place; its parts, each a name, make it a name too.
            // So is a given name and a name Voikko reads only as a land's ("Jenna-Lyydia": Lydia), which a place's name
            // never pairs with.
            var parts = doubleBarrelled(word);
            if (parts.isName()) {
                kinds |= parts.kinds() & (Word.FIRST | Word.LAST);
                base = lower;
            } else if (isGivenNameAndLand(word)) {
                // no place joins a land's name to a given name so: the place reading goes
                kinds = kinds & ~Word.PLACE | Word.FIRST;
                base = placeBase == null ? lower : placeBase.toLowerCase(Locale.ROOT);
            }
        }
        if ((kinds & (Word.FIRST | Word.LAST | Word.PLACE)) == 0 && (kinds & Word.COMMON) != 0 && word.indexOf('-') > 0
                && isDoubleGivenName(word)) {
            // "Lauri-Konstantin", "Eetu-Konstantin": Voikko reads a double given name whose other part is also a word's
            // inflected form (konstantin: of a constant) as a compound of words.
            return new Word(Word.FIRST | Word.LISTED, lower, null);
        }
        if ((kinds & (Word.FIRST | Word.LAST)) == 0 && !SERVERS.contains(lower)) {
            // Voikko reads "Mäkelä(n)" as a place only and knows few foreign names: the lists add the rest,
            // by the word or by the base form of Voikko's place reading.
            var listed = placeBase == null ? lower : placeBase.toLowerCase(Locale.ROOT);
            if (holds(listedFirstNames, listed) || holds(listedFirstNames, lower)) {
                kinds |= Word.FIRST | Word.LISTED;
                base = listed;
            }
            if (holds(listedSurnames, listed) || holds(listedSurnames, lower)) {
                kinds |= Word.LAST | Word.LISTED;
                base = listed;
            }
        }
        if ((kinds & (Word.FIRST | Word.LAST)) == 0) {
            // The US lists are large (about 25,000 names): a name by them alone counts as one only when
            // it is no English word, no place and no ordinary Finnish word; otherwise only beside another name.
            var listed = placeBase == null ? lower : placeBase.toLowerCase(Locale.ROOT);
            int us = usKinds(listed);
            us = us != 0 ? us : usKinds(lower);
            if (us != 0) {
                boolean weak = (us & US_WORD) != 0 || (kinds & (Word.COMMON | Word.PLACE)) != 0
                        || ORDINARY_WORDS.contains(lower) || SERVERS.contains(lower) || ENGLISH_PLACE_NAMES.contains(lower);
                if (weak) {
                    kinds |= ((us & US_FIRST) != 0 ? Word.PAIRED_FIRST : 0) | ((us & US_LAST) != 0 ? Word.PAIRED_LAST : 0);
                } else {
                    kinds |= Word.LISTED | ((us & US_FIRST) != 0 ? Word.FIRST : 0) | ((us & US_LAST) != 0 ? Word.LAST : 0);
                    base = listed;
                }
            }
        }
        if (ORDINARY_WORDS.contains(lower) || SERVERS.contains(lower)) {
            kinds |= Word.COMMON;
        }
        if (holds(usEnglishWords, lower)) {
            kinds |= Word.ENGLISH_WORD;
        }
        if (kinds == 0) {
            return word.indexOf('-') > 0 ? doubleBarrelled(word) : inflectedForeignName(lower);
        }
        if (MAKERS.contains(lower) || base != null && MAKERS.contains(base.toLowerCase(Locale.ROOT))) {
            kinds = Word.COMMON | ((kinds & (Word.FIRST | Word.PAIRED_FIRST)) != 0 ? Word.PAIRED_FIRST : 0)
                    | ((kinds & (Word.LAST | Word.PAIRED_LAST)) != 0 ? Word.PAIRED_LAST : 0);
        }
        if (kinds == 0) {
            return UNKNOWN;
        }
        return new Word(kinds, base == null ? lower : base.toLowerCase(Locale.ROOT), ordinaryBase);
    }

    /**
     * "Lloyd-Evans", "Jean-Pierre": capitalised parts joined by hyphens, each a name, are one
     * name ("Karhu-tiimi" is not: tiimi is no name).
     */
    private Word doubleBarrelled(String word) {
        int kinds = Word.LISTED;
        for (var part : word.split("-")) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))) {
                return UNKNOWN;
            }
            var w = analyse(part);
            if (!w.is(Word.FIRST | Word.LAST | Word.PAIRED_FIRST | Word.PAIRED_LAST) || isThingOrWord(part.toLowerCase(Locale.ROOT))) {
                return UNKNOWN;
            }
            kinds |= w.is(Word.FIRST | Word.PAIRED_FIRST) ? Word.FIRST : 0;
            kinds |= w.is(Word.LAST | Word.PAIRED_LAST) ? Word.LAST : 0;
        }
        return new Word(kinds, word.toLowerCase(Locale.ROOT), null);
    }

    /**
     * Two capitalised parts joined by a hyphen, one of them a given name and nothing else ("Lauri") and the other no
     * place, English word, product, maker or word of the service desk, and a word only in an inflected form
     * ("Konstantin"): a double given name. A compound of a name and a word writes the word as it is ("Roope-setä",
     * "Aino-koulu"), mostly in lower case.
     */
    private boolean isDoubleGivenName(String word) {
        int hyphen = word.indexOf('-');
        var lower = word.toLowerCase(Locale.ROOT);
        if (MAKERS.contains(lower) || isThingOrWord(lower) || word.indexOf('-', hyphen + 1) >= 0 || !isCapitalisedPart(word, 0, hyphen) || !isCapitalisedPart(word, hyphen + 1, word.length())) {
            return false;
        }
        var first = word.substring(0, hyphen);
        var second = word.substring(hyphen + 1);
        var a = analyse(first);
        var b = analyse(second);
        return isOnlyGivenName(a) && isOtherPart(b, second) || isOnlyGivenName(b) && isOtherPart(a, first);
    }

    /**
     * Two capitalised parts joined by one hyphen: a given name, and a land's name and nothing else ("Jenna-Lyydia",
     * "Loviisa-Kreetan"). The given name may also be a town's (Loviisa, Inari): a place's name does not join a land's
     * with a hyphen the way a double given name joins two names, while a route or region between two towns names both
     * as towns only ("Helsinki-Vantaa"), never one of them as a given name; a surname or a word in the given-name part
     * ("Salo", "Tuuli") could be a place's part, so it is none.
     */
    private boolean isGivenNameAndLand(String word) {
        var parts = twoParts(word);
        return parts != null && (isGivenNameOrTown(parts[0]) && parts[1].kinds() == Word.PLACE
                || isGivenNameOrTown(parts[1]) && parts[0].kinds() == Word.PLACE);
    }

    /** The readings of a word's two capitalised parts joined by one hyphen; null when it is not so written. */
    private Word[] twoParts(String word) {
        int hyphen = word.indexOf('-');
        if (word.indexOf('-', hyphen + 1) >= 0 || !isCapitalisedPart(word, 0, hyphen) || !isCapitalisedPart(word, hyphen + 1, word.length())) {
            return null;
        }
        return new Word[] {analyse(word.substring(0, hyphen)), analyse(word.substring(hyphen + 1))};
    }

    /** Two capitalised parts joined by one hyphen: a given name and nothing else, and a given name that may be a town's. */
    private boolean isGivenNameAndGivenNameOrTown(String word) {
        var parts = twoParts(word);
        return parts != null && (isOnlyGivenName(parts[0]) && isGivenNameOrTown(parts[1])
                || isOnlyGivenName(parts[1]) && isGivenNameOrTown(parts[0]));
    }

    /** A given name that is nothing else but maybe a town's name (Loviisa): no surname, word or English word. */
    private static boolean isGivenNameOrTown(Word w) {
        return w.is(Word.FIRST) && !w.is(Word.LAST | Word.COMMON | Word.ENGLISH_WORD | Word.PAIRED_LAST);
    }

    /** A capital, then two letters or more in lower case. */
    private static boolean isCapitalisedPart(String word, int start, int end) {
        if (end - start < 3 || !Character.isUpperCase(word.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOnlyGivenName(Word w) {
        return w.is(Word.FIRST) && w.isOnlyName() && !w.is(Word.ENGLISH_WORD);
    }

    private static boolean isOtherPart(Word w, String part) {
        var lower = part.toLowerCase(Locale.ROOT);
        return !w.is(Word.PLACE | Word.ENGLISH_WORD) && !isThingOrWord(lower) && !ENGLISH_PLACE_NAMES.contains(lower)
                && (!w.is(Word.COMMON) || w.ordinaryBase() != null && !w.ordinaryBase().equalsIgnoreCase(part));
    }

    /**
     * A word Voikko does not know that is a listed name with a Finnish ending ("Phamille",
     * "Kowalskille"), also with a clitic after it ("Magdallekin", "Samirkin"): the name, uninflected names
     * being the lists' only forms. The first stem that is a product, maker or word of the service desk
     * ("Outlookin", "Jiraan") or a listed name decides.
     */
    private Word inflectedForeignName(String lower) {
        for (var stem : stemsBeforeEndings(lower)) {
            if (isThingOrWord(stem)) {
                return UNKNOWN;
            }
            var name = listedName(stem);
            if (name != null) {
                return name;
            }
        }
        return UNKNOWN;
    }

    /** The listed name {@code stem}, if it is one and no product, maker or word of the service desk; else null. */
    private Word listedName(String stem) {
        int kinds = (holds(listedFirstNames, stem) ? Word.FIRST : 0) | (holds(listedSurnames, stem) ? Word.LAST : 0);
        int us = usKinds(stem);
        if (kinds == 0 && us != 0 && (us & US_WORD) == 0) {
            kinds = ((us & US_FIRST) != 0 ? Word.FIRST : 0) | ((us & US_LAST) != 0 ? Word.LAST : 0);
        }
        return kinds == 0 || isThingOrWord(stem) ? null : new Word(kinds | Word.LISTED, stem, null);
    }

    /**
     * Reads the {@code male_first_name}, {@code female_first_name} and {@code last_name} lists of
     * one of Datafaker's locale files (YAML block or flow lists of plain names).
     */
    private static void readNames(String resource, Set<String> first, Set<String> last) {
        var stream = NameLexicon.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Datafaker's name list " + resource + " is not on the class path");
        }
        Map<String, Set<String>> lists = new HashMap<>(Map.of("male_first_name", first, "female_first_name", first,
                "last_name", last));
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            Set<String> current = null;
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                if (trimmed.startsWith("- ")) {
                    if (current != null) {
                        add(current, trimmed.substring(2));
                    }
                } else if (colon > 0) {
                    current = lists.get(trimmed.substring(0, colon));
                    var rest = trimmed.substring(colon + 1).strip();
                    if (current != null && rest.startsWith("[")) {
                        for (var name : rest.substring(1, rest.lastIndexOf(']')).split(",")) {
                            add(current, name);
                        }
                        current = null;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** us-names.tsv: "name TAB F|L|FL TAB w-or-empty", comments after '#'; each name to the lists it is in; how many names. */
    private static int readUsNames(List<String> first, List<String> last, List<String> englishWords) {
        var stream = NameLexicon.class.getResourceAsStream(US_NAMES);
        if (stream == null) {
            throw new IllegalStateException("the US name list " + US_NAMES + " is not on the class path");
        }
        int names = 0;
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var fields = line.split("\t", -1);
                if (fields[1].indexOf('F') >= 0) {
                    first.add(fields[0]);
                }
                if (fields[1].indexOf('L') >= 0) {
                    last.add(fields[0]);
                }
                if (fields.length > 2 && fields[2].equals("w")) {
                    englishWords.add(fields[0]);
                }
                names++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void add(Set<String> names, String quoted) {
        var name = quoted.strip().replace("\"", "").replace("'", "");
        if (!name.isEmpty() && !name.startsWith("#") && name.chars().allMatch(Character::isLetter)) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
    }
}
