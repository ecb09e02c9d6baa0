package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every written form of a set of names, each mapped to its base form: the name itself and its
 * Finnish case forms with consonant gradation (Matti → Matin, Matille; Pekka → Pekan) and the
 * -nen stem (Virtanen → Virtasen, Virtasta, Virtaselle). Only the stems are stored; a word is
 * split into stem + known ending at most a few ways, and words whose first two letters start no
 * stem are skipped at once, so building and looking up stay cheap per message.
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
    private static final int MIN_PART = 2;
    private static final String VOWELS = "aeiouyäö";

    /** Stems and their base forms in the order the names came: a stem two names share belongs to the first. */
    private final List<String> stems = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    /** The first two letters of every stem, so that most words are passed over after one look. */
    private int[] openings = new int[8];
    private int openingCount;

    FinnishNameForms(List<String> names) {
        for (var name : names) {
            var lower = name.toLowerCase(Locale.ROOT);
            int i = 0;
            while (i < lower.length()) {
                int start = i;
                while (i < lower.length() && !isPartSeparator(lower.charAt(i))) {
                    i++;
                }
                if (i - start >= MIN_PART && allLetters(lower, start, i)) {
                    addForms(lower.substring(start, i));
                }
                i++;
            }
        }
    }

    boolean isEmpty() {
        return stems.isEmpty();
    }

    /** Adds a NAME finding for every word of {@code text} that is a form of one of the names. */
    void find(String text, List<Finding> findings) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start < MIN_PART || !hasOpening(opening(text.charAt(start), text.charAt(start + 1)))) {
                continue;
            }
            var base = baseOf(text, start, i);
            if (base != null && Characters.boundaryAfter(text, i)) {
                findings.add(new Finding(EntityType.NAME, start, i, base));
            }
        }
    }

    /** The base form of the word {@code text[start, end)} if it is a stem and a known ending, else null; the longest stem wins. */
    private String baseOf(String text, int start, int end) {
        int length = end - start;
        String base = null;
        int longest = Math.max(MIN_PART, length - LONGEST_ENDING) - 1;
        for (int k = 0; k < stems.size(); k++) {
            var stem = stems.get(k);
            int n = stem.length();
            if (n > longest && n <= length && text.regionMatches(true, start, stem, 0, n) && isEnding(text, start + n, end)) {
                base = bases.get(k);
                longest = n;
            }
        }
        return base;
    }

    private static boolean isEnding(String text, int start, int end) {
        for (var ending : ENDINGS) {
            if (ending.length() == end - start && text.regionMatches(true, start, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    private void addForms(String base) {
        addStem(base, base);
        addStem(weakGrade(base), base);
        if (base.endsWith("nen") && base.length() > 4) {
            var stem = base.substring(0, base.length() - 3);
            addStem(stem + "se", base);
            addStem(stem + "s", base);
        }
        char last = base.charAt(base.length() - 1);
        if (VOWELS.indexOf(last) >= 0) {
            addStem(base + last + "n", base);
        } else {
            // Foreign names ending in a consonant take a linking i: Johnille, Smithin.
            addStem(base + "i", base);
        }
    }

    private void addStem(String stem, String base) {
        if (stems.contains(stem)) {
            return;
        }
        stems.add(stem);
        bases.add(base);
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
        return Character.toLowerCase(first) << 16 | Character.toLowerCase(second);
    }

    /** The name parts' separators of the old pattern {@code [\s-]+}. */
    private static boolean isPartSeparator(char c) {
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
