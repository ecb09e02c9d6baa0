package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every written form of a set of names, each mapped to its base form: the name itself and its
 * Finnish case forms with consonant gradation (Matti → Matin, Matille; Pekka → Pekan) and the
 * -nen stem (Virtanen → Virtasen, Virtasta, Virtaselle). Only the stems are stored; words that
 * do not open with a stem's first two letters are skipped at once. Immutable once made, so one
 * instance serves every message of a conversation on any thread.
 */
final class FinnishNameForms {

    private static final List<String> ENDINGS = List.of("", "n", "a", "ä", "ta", "tä", "lle", "lla", "llä", "lta",
            "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "t", "en", "in", "hin", "kin", "nkin", "han", "hän",
            "ni", "si", "nsa", "nsä", "s", "llekin", "ltakin", "lläkin", "ineen");
    private static final int LONGEST_ENDING = 7;
    /** Strong → weak grade of the consonants before a name's last vowel. */
    private static final Map<String, String> GRADATION = Map.ofEntries(Map.entry("kk", "k"), Map.entry("pp", "p"),
            Map.entry("tt", "t"), Map.entry("nk", "ng"), Map.entry("nt", "nn"), Map.entry("mp", "mm"),
            Map.entry("lt", "ll"), Map.entry("rt", "rr"), Map.entry("ht", "hd"));
    /** The strong clusters of {@link #GRADATION}, asked without an iterator. */
    private static final String[] CLUSTERS = GRADATION.keySet().toArray(String[]::new);
    private static final int MIN_PART = 2;
    /** How much of a stem the pair filter tests: every form of a name opens with its stem. */
    private static final int OPENING_LETTERS = 4;
    private static final String VOWELS = "aeiouyäö";
    /**
     * Name parts that are also ordinary words of a service-desk conversation, Finnish or English
     * ("Liisa Agent" must not turn every "agent" into a name). Such a part counts only where it is
     * used as a name: capitalised, or next to another part of the same name in the name's order.
     * A capital counts even where a sentence begins: a missed name costs more than a redacted
     * "Anna minulle…".
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "agent", "agentti", "support", "tuki", "helpdesk", "servicedesk", "desk", "admin", "operator", "operaattori",
            "user", "käyttäjä", "customer", "asiakas", "service", "palvelu", "team", "tiimi", "bot", "botti", "test",
            "testi", "virta", "laine", "mäki", "koski", "järvi", "lahti", "niemi", "kivi", "salo", "saari", "aho", "rinne",
            "kallio", "vuori", "joki", "lehto", "harju", "karhu", "susi", "kettu", "onni", "toivo", "valo", "tuuli",
            "aamu", "ilta", "lumi", "sade", "ilo", "usko", "anna", "brown", "black", "white", "green", "grey", "gray", "young",
            "king", "hill", "wood", "will", "mark", "bill", "grace", "hope", "joy", "rose", "page", "cook", "baker",
            "long", "short", "hall", "lane", "rich", "price", "day", "may", "little", "field", "north", "west", "bell",
            "fox", "case", "ray", "key");

    /** Stems and their base forms in the order the names came: a stem two names share belongs to the first. */
    private final List<String> stems = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    /** Words of a team's or a role's name: "Service Desk", "IT Tuki", "Support Bot". A known name of these only is no person's. */
    private static final WordSet TEAM_WORDS = WordSet.of(Set.of(
            "agent", "agentti", "support", "tuki", "helpdesk", "servicedesk", "service", "desk", "admin", "operator",
            "operaattori", "user", "käyttäjä", "customer", "asiakas", "palvelu", "team", "tiimi", "bot", "botti", "it",
            "test", "testi"));
    /** Which of the names each stem came from, and which part of it (0 for the first). */
    private final List<Integer> owners = new ArrayList<>();
    private final List<Integer> parts = new ArrayList<>();
    /**
     * The stems' first {@link #OPENING_LETTERS} letters, each once: a name's forms share them
     * (virtanen, virtase, virtas), so the pair filter is asked a few times, not once per form.
     */
    private final List<String> stemOpenings = new ArrayList<>();
    /** Their {@link Text#pairBits}, {@link Text#PAIR_WORDS} longs each, in one array: one load per opening, not three. */
    private long[] stemOpeningBits = new long[0];
    /** The first two letters of every stem, so that most words are passed over after one look. */
    private int[] openings = new int[8];
    private int openingCount;

    FinnishNameForms(List<String> names) {
        for (int owner = 0; owner < names.size(); owner++) {
            var lower = names.get(owner).toLowerCase(Locale.ROOT);
            // A name made only of a team's words ("Service Desk", "IT Tuki") is a team's, not a person's (R8.2 is
            // about people): the words stay, even side by side ("Terveisin\nService Desk").
            if (onlyTeamWords(lower)) {
                continue;
            }
            int part = 0;
            int i = 0;
            while (i < lower.length()) {
                int start = i;
                while (i < lower.length() && !isPartSeparator(lower.charAt(i))) {
                    i++;
                }
                if (i - start >= MIN_PART && allLetters(lower, start, i)) {
                    var base = lower.substring(start, i);
                    addForms(base, owner, part++);
                    addOpening(base);
                    if (base.length() == 3) {
                        // Gradation keeps the first two letters of longer names (Ukko → Uko), not always of three-letter ones.
                        addOpening(weakGrade(base));
                    }
                }
                i++;
            }
        }
    }

    /**
     * Every word of {@code lower}, as white space ({@code \s}) parts them, is a team's word; a name opening with white
     * space has an empty first word, which is none, and one of white space only has no word. Read in place: an
     * introduction's names are made into forms for each message that has one.
     */
    private static boolean onlyTeamWords(String lower) {
        int length = lower.length();
        int i = 0;
        if (length > 0 && isWhitespace(lower.charAt(0))) {
            while (i < length && isWhitespace(lower.charAt(i))) {
                i++;
            }
            return i == length;
        }
        if (length == 0) {
            return false;
        }
        while (i < length) {
            int start = i;
            while (i < length && !isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (!TEAM_WORDS.contains(lower, start, i)) {
                return false;
            }
            while (i < length && isWhitespace(lower.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    /** What {@code \s} matches: a space, a tab, a line break, a vertical tab, a form feed. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean isEmpty() {
        return stems.isEmpty();
    }

    /** Adds a NAME finding for every word of {@code text} that is a form of one of the names (see {@link #COMMON_WORDS}). */
    void find(Text message, List<Finding> findings) {
        if (!mayOccur(message)) {
            return;
        }
        var text = message.value();
        List<Match> matches = null;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Characters.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Characters.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start < MIN_PART || !hasOpening(opening(text.charAt(start), text.charAt(start + 1)))) {
                continue;
            }
            int stem = stemOf(text, start, i);
            if (stem >= 0 && Characters.boundaryAfter(text, i)) {
                if (matches == null) {
                    matches = new ArrayList<>();
                }
                matches.add(new Match(new Finding(EntityType.NAME, start, i, bases.get(stem)), owners.get(stem), parts.get(stem)));
            }
        }
        for (int m = 0; matches != null && m < matches.size(); m++) {
            var match = matches.get(m);
            if (!isOrdinaryWord(match.finding().value()) || Character.isUpperCase(text.charAt(match.finding().start()))
                    || nextToAnotherPart(text, matches, m)) {
                findings.add(match.finding());
            }
        }
    }

    /** The pair filter's bits of the stems' openings, {@link Text#PAIR_WORDS} longs each, for a caller's own first test. */
    long[] stemOpeningBits() {
        return stemOpeningBits.clone();
    }

    /** Whether the first letters of some stem may be in the text (see {@link Fragment#mayBeIn}). */
    private boolean mayOccur(Text message) {
        for (int at = 0; at < stemOpeningBits.length; at += Text.PAIR_WORDS) {
            if (message.mayContain(stemOpeningBits, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no form of the name part {@code name[start, end)} (as given, in any case) can be in the message:
     * the letters every one of its stems opens with (see {@link #addForms}) are not in the pair filter. Read
     * from the name itself, so that a message is passed over before the forms of its identifiers are looked up.
     * A part with a character beyond Latin-1, which lower-cases differently as a string, may always occur.
     */
    static boolean partMayOccur(String name, int start, int end, Text message) {
        int length = end - start;
        for (int i = start; i < end; i++) {
            if (name.charAt(i) >= 256) {
                return true;
            }
        }
        // A part of two letters, or of four or more, has at least its first two letters tested below: that test
        // first, since it turns most parts away, before the weak grade's and "-nen"'s tests.
        if ((length == 2 || length >= 4)
                && !message.mayContainPair(Text.fold(name.charAt(start)), Text.fold(name.charAt(start + 1)))) {
            return false;
        }
        int shared = Math.min(OPENING_LETTERS, length);
        if (length >= 3 && VOWELS.indexOf(Text.fold(name.charAt(end - 1))) >= 0
                && grades(Text.fold(name.charAt(end - 3)), Text.fold(name.charAt(end - 2)))) {
            // The weak grade keeps the cluster's first letter: Matti → Mati, Hanna → Hanna, Ukko → Uko.
            shared = Math.min(shared, length - 2);
        }
        if (length > 4 && Characters.regionMatchesIgnoringCase(name, end - 3, "nen")) {
            // Virtanen → Virtase, Virtas.
            shared = Math.min(shared, length - 3);
        }
        for (int i = start + 1; i < start + shared; i++) {
            if (!message.mayContainPair(Text.fold(name.charAt(i - 1)), Text.fold(name.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #GRADATION} has the cluster of these two letters. */
    private static boolean grades(char first, char second) {
        for (var cluster : CLUSTERS) {
            if (cluster.charAt(0) == first && cluster.charAt(1) == second) {
                return true;
            }
        }
        return false;
    }

    /** Listed above, or an adjective Voikko knows ("koskinen", "lehtinen" in lower case are not the surnames). */
    private static boolean isOrdinaryWord(String base) {
        if (COMMON_WORDS.contains(base)) {
            return true;
        }
        var word = NameLexicon.shared().lookup(base, 0, base.length());
        return word.is(NameLexicon.Word.ADJECTIVE);
    }

    private record Match(Finding finding, int owner, int part) {
    }

    /**
     * The match before or after is another part of the same name, in the name's order, with only
     * spaces or a hyphen between: "Liisa Agent" is the name, "the agent Liisa" a role and a name.
     */
    private static boolean nextToAnotherPart(String text, List<Match> matches, int m) {
        for (int left = m - 1; left <= m; left++) {
            if (left < 0 || left + 1 >= matches.size()) {
                continue;
            }
            var first = matches.get(left);
            var second = matches.get(left + 1);
            if (first.owner() == second.owner() && first.part() < second.part()
                    && onlySpacesOrHyphen(text, first.finding().end(), second.finding().start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpacesOrHyphen(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The stem the word {@code text[start, end)} is a form of (stem and a known ending), or -1; the longest stem wins. */
    private int stemOf(String text, int start, int end) {
        int length = end - start;
        int found = -1;
        int longest = Math.max(MIN_PART, length - LONGEST_ENDING) - 1;
        for (int k = 0; k < stems.size(); k++) {
            var stem = stems.get(k);
            int n = stem.length();
            if (n > longest && n <= length && Characters.regionMatchesIgnoringCase(text, start, stem) && isEnding(text, start + n, end)) {
                found = k;
                longest = n;
            }
        }
        return found;
    }

    private static boolean isEnding(String text, int start, int end) {
        for (var ending : ENDINGS) {
            if (ending.length() == end - start && Characters.regionMatchesIgnoringCase(text, start, ending)) {
                return true;
            }
        }
        return false;
    }

    private void addForms(String base, int owner, int part) {
        addStem(base, base, owner, part);
        addStem(weakGrade(base), base, owner, part);
        if (base.endsWith("nen") && base.length() > 4) {
            var stem = base.substring(0, base.length() - 3);
            addStem(stem + "se", base, owner, part);
            addStem(stem + "s", base, owner, part);
        }
        char last = base.charAt(base.length() - 1);
        if (VOWELS.indexOf(last) >= 0) {
            addStem(base + last + "n", base, owner, part);
        } else {
            // Foreign names ending in a consonant take a linking i: Johnille, Smithin.
            addStem(base + "i", base, owner, part);
        }
    }

    private void addStem(String stem, String base, int owner, int part) {
        if (stems.contains(stem)) {
            return;
        }
        stems.add(stem);
        var opening = stem.substring(0, Math.min(OPENING_LETTERS, stem.length()));
        if (!stemOpenings.contains(opening)) {
            stemOpenings.add(opening);
            int at = stemOpeningBits.length;
            stemOpeningBits = Arrays.copyOf(stemOpeningBits, at + Text.PAIR_WORDS);
            System.arraycopy(Text.pairBits(opening), 0, stemOpeningBits, at, Text.PAIR_WORDS);
        }
        bases.add(base);
        owners.add(owner);
        parts.add(part);
    }

    private void addOpening(String stem) {
        int opening = opening(stem.charAt(0), stem.charAt(1));
        if (!hasOpening(opening)) {
            if (openingCount == openings.length) {
                openings = Arrays.copyOf(openings, openingCount * 2);
            }
            openings[openingCount++] = opening;
        }
    }

    private boolean hasOpening(int opening) {
        for (int k = 0; k < openingCount; k++) {
            if (openings[k] == opening) {
                return true;
            }
        }
        return false;
    }

    private static int opening(char first, char second) {
        return Text.fold(first) << 16 | Text.fold(second);
    }

    /** The name parts' separators of the old pattern {@code [\s-]+}. */
    static boolean isPartSeparator(char c) {
        return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean allLetters(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String weakGrade(String name) {
        int lastVowel = name.length() - 1;
        if (lastVowel < 2 || VOWELS.indexOf(name.charAt(lastVowel)) < 0) {
            return name;
        }
        var cluster = name.substring(lastVowel - 2, lastVowel);
        var weak = GRADATION.get(cluster);
        return weak == null ? name : name.substring(0, lastVowel - 2) + weak + name.charAt(lastVowel);
    }
}
