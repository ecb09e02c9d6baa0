package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.Set;

/**
 * What {@link NameTagger} reads of each word of one message, as indices into its weights (the hashing
 * trick: a feature's template and content hashed into {@link #SIZE} slots), so that the model needs no
 * vocabulary. Read once per message: every word's readings, English-noun answer, case-folded hash and
 * shape are found once and reused when it is a neighbour (what the form gives by itself comes from the lexicon's
 * cache, {@link Form}), and scoring a word allocates nothing. Training
 * (NameTaggerTraining, test scope) calls the same code, so what was learnt and what is scored cannot
 * drift apart. A word's features: its shape, length, hyphen or apostrophe, place (sentence start, line
 * start, after {@code : @ , (} or a number, before {@code @ . : ,} or a number), first and last two to
 * four letters, itself and its base form in lower case, its {@link NameLexicon.Word} kinds (also paired with
 * its shape), whether it is an English noun, a capital inside it ("GitLab"), how often it comes in the
 * message and whether it also comes in lower case there; the words, shapes and kinds of the two words
 * either side and whether each is an English noun ("Alzheimer's disease", "Zabbix server"); the
 * shapes of it and each neighbour as pairs; and the message's casing (capitals as usual, hardly any, none)
 * with its shape, with its kinds and with the kinds of the word either side.
 */
final class TokenFeatures {

    static final int BITS = 19;
    /** How many weights the model has. */
    static final int SIZE = 1 << BITS;
    /**
     * At most this many features a word: the buffer {@link #of} writes into. A word with every kind beside neighbours
     * with every kind has 124, and 11 beside them (base forms, things, class pairs, prefixes).
     */
    static final int MAX = 136;

    private static final char SHAPE_CAPITALISED = 'C';
    private static final char SHAPE_CAPITALS = 'A';
    private static final char SHAPE_LOWER = 'l';
    private static final char SHAPE_MIXED = 'm';
    /** The kinds of {@link NameLexicon.Word} as bits, FIRST to ORDINARY_GENITIVE. */
    private static final int KIND_BITS = 10;

    // Templates: each a number of its own, hashed with the content, so "w-1=anna" and "w+1=anna" differ.
    private static final int BIAS = 1;
    private static final int SHAPE = 2;
    private static final int LENGTH = 3;
    private static final int PLACE = 4;
    private static final int SUFFIX = 5;
    private static final int WORD = 6;
    private static final int BASE = 7;
    private static final int KIND = 8;
    private static final int KIND_AND_SHAPE = 9;
    private static final int UNKNOWN_WORD = 10;
    private static final int ENGLISH_NOUN = 11;
    private static final int REPEATS = 12;
    private static final int LOWER_ELSEWHERE = 13;
    private static final int INNER_CAPITAL = 14;
    private static final int CASING = 15;
    private static final int CASING_KIND = 16;
    /** Then one template each for the words before and after: 80 - 1 and 80 + 1. */
    private static final int CASING_NEIGHBOUR_KIND = 80;
    /** Then one template each for offsets -2, -1, +1, +2: 20 + offset, 30 + offset, ... */
    private static final int NEIGHBOUR_WORD = 20;
    private static final int NEIGHBOUR_SHAPE = 30;
    private static final int NEIGHBOUR_KIND = 40;
    private static final int SHAPE_PAIR_BEFORE = 50;
    private static final int SHAPE_PAIR_AFTER = 51;
    private static final int NEIGHBOUR_NOUN = 60;
    /** The ordinary base form of the word before and after: 70 - 1 and 70 + 1 ("palvelimelle" → palvelin). */
    private static final int NEIGHBOUR_BASE = 70;
    /** The word's class of readings paired with the word before's (90 - 1) and after's (90 + 1), with its shape. */
    private static final int CLASS_PAIR = 90;
    /** A word of a kind of thing two, one word before or after: 100 + offset, with the word's shape. */
    private static final int THING_BESIDE = 100;
    /** The word's first two to four letters, a template for each length as {@link #SUFFIX}'s: PREFIX * 8 + length. */
    private static final int PREFIX = 110;

    /**
     * The slots of {@link #KIND} by kind bit, and of {@link #NEIGHBOUR_KIND} by offset + 2 and kind bit: found once, since
     * every word asks them of itself and of its four neighbours.
     */
    private static final int[] KIND_SLOTS = kindSlots(KIND);
    private static final int[][] NEIGHBOUR_KIND_SLOTS = {kindSlots(NEIGHBOUR_KIND - 2), kindSlots(NEIGHBOUR_KIND - 1),
            null, kindSlots(NEIGHBOUR_KIND + 1), kindSlots(NEIGHBOUR_KIND + 2)};

    /**
     * Kinds of thing a name may be given to, by form or ordinary base form: a host, printer, room, assistant, group
     * or firm named like a person ("host thor", "ryhmälle Verkko", "Paulig Oy").
     */
    private static final WordSet THINGS = WordSet.of(Set.of("palvelin", "host", "server", "printer", "tulostin",
            "room", "huone", "neuvotteluhuone", "kokoushuone", "assistant", "avustaja", "kone", "laite", "device",
            "ryhmä", "group", "team", "tiimi", "bot", "botti", "workstation", "node", "cluster", "klusteri", "projekti",
            "project", "kanava", "channel", "jono", "queue", "hostname", "printteri", "virtuaalikone", "palvelu",
            "service", "järjestelmä", "system", "app", "sovellus", "yhtiö", "company", "firma", "oy", "ab", "inc", "ltd",
            "tila", "sali"));

    // Classes of readings, the content of CLASS_PAIR features.
    private static final byte CLASS_UNKNOWN = 0;
    private static final byte CLASS_NAME_AND_WORD = 1;
    private static final byte CLASS_NAME = 2;
    private static final byte CLASS_WORD = 3;
    private static final byte CLASS_OTHER = 4;
    private static final byte CLASS_NONE = 7;

    // Places, the content of PLACE features.
    private static final int SENTENCE_START = 1;
    private static final int LINE_START = 2;
    private static final int AFTER_COLON = 3;
    private static final int AFTER_AT = 4;
    private static final int AFTER_COMMA = 5;
    private static final int AFTER_PARENTHESIS = 6;
    private static final int BEFORE_AT = 7;
    private static final int BEFORE_FULL_STOP = 8;
    private static final int BEFORE_COLON = 9;
    private static final int BEFORE_COMMA = 10;
    private static final int HYPHEN = 11;
    private static final int APOSTROPHE = 12;
    private static final int TEXT_START = 13;
    private static final int TEXT_END = 14;
    private static final int AFTER_NUMBER = 15;
    private static final int BEFORE_NUMBER = 16;

    // Casings of a message, the content of CASING features.
    private static final int CAPITALS_AS_USUAL = 0;
    private static final int HARDLY_ANY_CAPITALS = 1;
    private static final int NO_CAPITALS = 2;
    private static final int TOO_SHORT_TO_TELL = 3;

    /**
     * What the features read of a word form and of its readings: the form case-folded and hashed ({@link #fold}), the
     * slots of its first and last two to four letters (those shorter than the form), its readings' base forms hashed
     * as the form (0 where there is none) and whether it is a kind of thing by form or ordinary base form
     * ({@link #THINGS}). Found once per form with its readings and kept in {@link NameLexicon.Entry}, since a
     * conversation's forms repeat.
     */
    record Form(int folded, int[] suffixes, int[] prefixes, int base, int ordinaryBase, boolean thing) {

        static Form of(String form, NameLexicon.Word word) {
            int length = form.length();
            var suffixes = new int[Math.max(0, Math.min(length - 2, 3))];
            for (int k = 2; k < 2 + suffixes.length; k++) {
                suffixes[k - 2] = mix(SUFFIX * 8 + k, fold(form, length - k, length));
            }
            var prefixes = new int[Math.max(0, Math.min(length - 2, 3))];
            for (int k = 2; k < 2 + prefixes.length; k++) {
                prefixes[k - 2] = mix(PREFIX * 8 + k, fold(form, 0, k));
            }
            return new Form(fold(form, 0, length), suffixes, prefixes, baseOf(word), ordinaryBaseOf(word),
                    isThing(form, 0, length, word));
        }
    }

    private String text;
    private Tokens tokens;
    /** How many words the message has: the arrays below are kept from message to message and may be longer. */
    private int size;
    private NameLexicon.Word[] words;
    private boolean[] nouns;
    /** Each word's {@link Form}, as itself and as a neighbour. */
    private Form[] written;
    /** Each word's base form hashed as {@link #forms}, where it has one. */
    private int[] bases;
    /** Each word case-folded and hashed (FNV-1a), the content of its word features as itself and as a neighbour. */
    private int[] forms;
    /** Each word's ordinary base form hashed as {@link #forms}, 0 where it has none. */
    private int[] ordinaryBases;
    /** Each word's class of readings ({@link #kind}). */
    private byte[] classes;
    private boolean[] things;
    private char[] shapes;
    private byte[] repeats;
    private boolean[] lowerElsewhere;
    /** Scratch of {@link #repeats()}: each word's hash and index. */
    private long[] sorted;
    private int casing;

    /**
     * The features of every word of {@code text}; {@code rulesWords} holds the readings the rules looked up (null
     * where they did not: a word in capitals, a short one), which are kept, and the rest are looked up here.
     */
    TokenFeatures(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] rulesWords) {
        this();
        read(text, tokens, lexicon, rulesWords);
    }

    /** Empty, to {@link #read} one message after another into the same arrays (the engine keeps one per thread). */
    TokenFeatures() {
        allocate(16);
    }

    /** The features of every word of {@code text}, in place of the message read before; see the constructor. */
    void read(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] rulesWords) {
        this.text = text;
        this.tokens = tokens;
        int n = tokens.size();
        this.size = n;
        if (n > forms.length) {
            allocate(Math.max(n, 2 * forms.length));
        }
        System.arraycopy(rulesWords, 0, words, 0, n);
        for (int t = 0; t < n; t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            var entry = lexicon.entry(text, start, end);
            if (words[t] == null) {
                words[t] = entry.word();
            }
            nouns[t] = entry.englishNoun();
            var form = entry.written();
            written[t] = form;
            forms[t] = form.folded();
            shapes[t] = shape(text, tokens, t);
            // The rules may have given the word other readings than its form's (a word in capitals read capitalised).
            var word = words[t];
            boolean formsReadings = word == entry.word();
            bases[t] = formsReadings ? form.base() : baseOf(word);
            ordinaryBases[t] = formsReadings ? form.ordinaryBase() : ordinaryBaseOf(word);
            things[t] = formsReadings ? form.thing() : isThing(text, start, end, word);
            classes[t] = kind(words[t], nouns[t]);
        }
        repeats();
        this.casing = casing();
    }

    private void allocate(int capacity) {
        words = new NameLexicon.Word[capacity];
        nouns = new boolean[capacity];
        written = new Form[capacity];
        bases = new int[capacity];
        forms = new int[capacity];
        shapes = new char[capacity];
        ordinaryBases = new int[capacity];
        classes = new byte[capacity];
        things = new boolean[capacity];
        repeats = new byte[capacity];
        lowerElsewhere = new boolean[capacity];
        sorted = new long[capacity];
    }

    /**
     * Whether the message's words (of two letters or more) use capitals as usual, hardly any (one in twenty or fewer:
     * speech to text, a chat typed on a phone), none, or are fewer than four, too few to tell.
     */
    private int casing() {
        int counted = 0;
        int capitals = 0;
        for (int t = 0; t < size; t++) {
            if (tokens.length(t) > 1) {
                counted++;
                if (shapes[t] != SHAPE_LOWER) {
                    capitals++;
                }
            }
        }
        if (counted < 4) {
            return TOO_SHORT_TO_TELL;
        }
        return capitals == 0 ? NO_CAPITALS : capitals * 20 <= counted ? HARDLY_ANY_CAPITALS : CAPITALS_AS_USUAL;
    }

    /** The readings of word {@code t}: the rules' if they looked it up, else the lexicon's. */
    NameLexicon.Word word(int t) {
        return words[t];
    }

    /** Writes the feature indices of word {@code t} into {@code out} from 0 and returns how many. */
    int of(int t, int[] out) {
        int n = 0;
        int start = tokens.start(t);
        int end = tokens.end(t);
        char shape = shapes[t];
        out[n++] = hash(BIAS, 0);
        out[n++] = hash(SHAPE, shape);
        out[n++] = hash(LENGTH, Math.min(end - start, 12));
        n = places(t, out, n);
        for (int suffix : written[t].suffixes()) {
            out[n++] = suffix;
        }
        for (int prefix : written[t].prefixes()) {
            out[n++] = prefix;
        }
        out[n++] = mix(WORD, forms[t]);
        var word = words[t];
        if (word.base() != null) {
            out[n++] = mix(BASE, bases[t]);
        }
        if (word.kinds() == 0) {
            out[n++] = hash(UNKNOWN_WORD, 0);
        }
        for (int bit = 0; bit < KIND_BITS; bit++) {
            if ((word.kinds() >>> bit & 1) != 0) {
                out[n++] = KIND_SLOTS[bit];
                out[n++] = hash(KIND_AND_SHAPE, bit * 128 + shape);
            }
        }
        if (nouns[t]) {
            out[n++] = hash(ENGLISH_NOUN, 0);
        }
        out[n++] = hash(REPEATS, repeats[t]);
        if (lowerElsewhere[t]) {
            out[n++] = hash(LOWER_ELSEWHERE, 0);
        }
        if (shape == SHAPE_CAPITALISED && hasInnerCapital(start, end)) {
            out[n++] = hash(INNER_CAPITAL, 0);
        }
        for (int offset = -2; offset <= 2; offset++) {
            if (offset != 0) {
                n = neighbour(t, offset, out, n);
            }
        }
        n = casings(t, word.kinds(), shape, out, n);
        out[n++] = hash(SHAPE_PAIR_BEFORE, (t > 0 ? shapes[t - 1] : '^') * 128 + shape);
        out[n++] = hash(SHAPE_PAIR_AFTER, shape * 128 + (t + 1 < size ? shapes[t + 1] : '$'));
        return beside(t, shape, out, n);
    }

    /**
     * The ordinary base forms of the words either side (*palvelimelle*, *ryhmälle* as their base forms), a kind of
     * thing two or one words either side (*host thor*, *Paulig Oy*), and the word's class of readings paired with
     * each neighbour's (a pronoun in lower case beside a verb, a word that is also a name opening a sentence).
     */
    private int beside(int t, char shape, int[] out, int n) {
        for (int offset = -2; offset <= 2; offset++) {
            int j = t + offset;
            if (offset == 0 || j < 0 || j >= size) {
                continue;
            }
            if ((offset == -1 || offset == 1) && ordinaryBases[j] != 0) {
                out[n++] = mix(NEIGHBOUR_BASE + offset, ordinaryBases[j]);
            }
            if (things[j]) {
                out[n++] = hash(THING_BESIDE + offset, shape);
            }
        }
        int before = t > 0 ? classes[t - 1] : CLASS_NONE;
        int after = t + 1 < size ? classes[t + 1] : CLASS_NONE;
        out[n++] = hash(CLASS_PAIR - 1, (before * 8 + classes[t]) * 128 + shape);
        out[n++] = hash(CLASS_PAIR + 1, (after * 8 + classes[t]) * 128 + shape);
        return n;
    }

    private static int baseOf(NameLexicon.Word word) {
        return word.base() == null ? 0 : fold(word.base(), 0, word.base().length());
    }

    private static int ordinaryBaseOf(NameLexicon.Word word) {
        var base = word.ordinaryBase();
        return base == null ? 0 : fold(base, 0, base.length());
    }

    /** Whether {@code text[start, end)} with readings {@code word} is a kind of thing by its form or ordinary base form. */
    private static boolean isThing(String text, int start, int end, NameLexicon.Word word) {
        var base = word.ordinaryBase();
        return THINGS.contains(text, start, end) || base != null && THINGS.contains(base, 0, base.length());
    }

    /** A word's class of readings: unknown, a name and a word, a name only, a word only (an English noun too), other. */
    private static byte kind(NameLexicon.Word word, boolean englishNoun) {
        int kinds = word.kinds();
        boolean name = word.isName();
        boolean common = (kinds & (NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)) != 0 || englishNoun;
        if (kinds == 0) {
            return CLASS_UNKNOWN;
        }
        return name && common ? CLASS_NAME_AND_WORD : name ? CLASS_NAME : common ? CLASS_WORD : CLASS_OTHER;
    }

    /**
     * The message's casing with the word's shape, with each of its kinds (or none) and its shape, and with each kind of
     * the word either side and that word's shape: in a message without capitals a given name in lower case is likely a
     * name ("soitin jarmolle"), in one with them a surname that is also a word is likely the word ("laine").
     */
    private int casings(int t, int kinds, char shape, int[] out, int n) {
        out[n++] = hash(CASING, casing * 128 + shape);
        if (kinds == 0) {
            out[n++] = hash(CASING_KIND, (casing * (KIND_BITS + 1) + KIND_BITS) * 128 + shape);
        }
        for (int bit = 0; bit < KIND_BITS; bit++) {
            if ((kinds >>> bit & 1) != 0) {
                out[n++] = hash(CASING_KIND, (casing * (KIND_BITS + 1) + bit) * 128 + shape);
            }
        }
        for (int offset = -1; offset <= 1; offset += 2) {
            int j = t + offset;
            if (j >= 0 && j < size) {
                int neighbourKinds = words[j].kinds();
                for (int bit = 0; bit < KIND_BITS; bit++) {
                    if ((neighbourKinds >>> bit & 1) != 0) {
                        out[n++] = hash(CASING_NEIGHBOUR_KIND + offset, (casing * KIND_BITS + bit) * 128 + shapes[j]);
                    }
                }
            }
        }
        return n;
    }

    private int neighbour(int t, int offset, int[] out, int n) {
        int j = t + offset;
        if (j < 0 || j >= size) {
            out[n++] = hash(NEIGHBOUR_WORD + offset, 0);
            return n;
        }
        out[n++] = mix(NEIGHBOUR_WORD + offset, forms[j]);
        out[n++] = hash(NEIGHBOUR_SHAPE + offset, shapes[j]);
        int kinds = words[j].kinds();
        var kindSlots = NEIGHBOUR_KIND_SLOTS[offset + 2];
        for (int bit = 0; bit < KIND_BITS; bit++) {
            if ((kinds >>> bit & 1) != 0) {
                out[n++] = kindSlots[bit];
            }
        }
        if (nouns[j]) {
            out[n++] = hash(NEIGHBOUR_NOUN + offset, 0);
        }
        return n;
    }

    /** Where the word stands: the characters between it and its neighbours, and its own hyphen or apostrophe. */
    private int places(int t, int[] out, int n) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (tokens.beginsSentence(t)) {
            out[n++] = hash(PLACE, SENTENCE_START);
        }
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        if (before < 0) {
            out[n++] = hash(PLACE, TEXT_START);
        } else if (Character.isDigit(text.charAt(before))) {
            out[n++] = hash(PLACE, AFTER_NUMBER);
        } else {
            n = after(text.charAt(before), out, n);
        }
        int from = t > 0 ? tokens.end(t - 1) : 0;
        for (int i = from; i < start; i++) {
            if (text.charAt(i) == '\n') {
                out[n++] = hash(PLACE, LINE_START);
                break;
            }
        }
        if (end == text.length()) {
            out[n++] = hash(PLACE, TEXT_END);
        } else {
            char next = text.charAt(end);
            n = next == '@' ? add(out, n, BEFORE_AT) : next == '.' ? add(out, n, BEFORE_FULL_STOP)
                    : next == ',' ? add(out, n, BEFORE_COMMA) : n;
            int after = end;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            if (after < text.length() && text.charAt(after) == ':') {
                out[n++] = hash(PLACE, BEFORE_COLON);
            }
            if (after > end && after < text.length() && Character.isDigit(text.charAt(after))) {
                out[n++] = hash(PLACE, BEFORE_NUMBER);
            }
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                out[n++] = hash(PLACE, HYPHEN);
                break;
            }
            if (c == '\'' || c == '’') {
                out[n++] = hash(PLACE, APOSTROPHE);
                break;
            }
        }
        return n;
    }

    private static int after(char c, int[] out, int n) {
        return switch (c) {
            case ':' -> add(out, n, AFTER_COLON);
            case '@' -> add(out, n, AFTER_AT);
            case ',' -> add(out, n, AFTER_COMMA);
            case '(' -> add(out, n, AFTER_PARENTHESIS);
            default -> n;
        };
    }

    private static int add(int[] out, int n, int place) {
        out[n] = hash(PLACE, place);
        return n + 1;
    }

    /**
     * How often each word comes in the message in any case (up to four), and whether also in lower case elsewhere:
     * the words sorted once by their hash, each run of equal hashes one word.
     */
    private void repeats() {
        int n = size;
        for (int t = 0; t < n; t++) {
            sorted[t] = (long) forms[t] << 32 | t;
        }
        Arrays.sort(sorted, 0, n);
        for (int from = 0; from < n; ) {
            int form = (int) (sorted[from] >> 32);
            int to = from;
            boolean lower = false;
            while (to < n && (int) (sorted[to] >> 32) == form) {
                lower |= shapes[(int) sorted[to]] == SHAPE_LOWER;
                to++;
            }
            byte count = (byte) Math.min(to - from, 4);
            for (int k = from; k < to; k++) {
                int t = (int) sorted[k];
                repeats[t] = count;
                lowerElsewhere[t] = lower && shapes[t] != SHAPE_LOWER;
            }
            from = to;
        }
    }

    /** A capital after a small letter inside the word: "GitLab", "McDonald", "DevOps". */
    private boolean hasInnerCapital(int start, int end) {
        for (int i = start + 2; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised, in capitals, lower case, or mixed ("iPhone"). */
    private static char shape(String text, Tokens tokens, int t) {
        if (tokens.isCapitalised(t)) {
            return SHAPE_CAPITALISED;
        }
        if (tokens.isLowerCase(t)) {
            return SHAPE_LOWER;
        }
        for (int i = tokens.start(t) + 1; i < tokens.end(t); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return SHAPE_MIXED;
            }
        }
        return tokens.length(t) > 1 ? SHAPE_CAPITALS : SHAPE_CAPITALISED;
    }

    /** The slots of {@code template} and each kind bit. */
    private static int[] kindSlots(int template) {
        var slots = new int[KIND_BITS];
        for (int bit = 0; bit < KIND_BITS; bit++) {
            slots[bit] = hash(template, bit);
        }
        return slots;
    }

    /** The slot of a template and a number. */
    private static int hash(int template, int value) {
        return mix(template * 0x9E3779B9 ^ value * 0x85EBCA6B);
    }

    /** The slot of a template and a hashed text ({@link #fold}). */
    private static int mix(int template, int folded) {
        return mix(folded ^ template * 0x9E3779B9);
    }

    /** {@code text[start, end)} case-folded and hashed (FNV-1a), read in place. */
    private static int fold(String text, int start, int end) {
        int h = 0x811C9DC5;
        for (int i = start; i < end; i++) {
            h = (h ^ Text.fold(text.charAt(i))) * 0x01000193;
        }
        return h;
    }

    /** Murmur3's finaliser, then the low bits: every input bit moves the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & (SIZE - 1);
    }
}
