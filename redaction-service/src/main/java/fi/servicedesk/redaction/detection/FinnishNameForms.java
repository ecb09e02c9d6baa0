package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every written form of a set of names, each mapped to its base form: the name itself and its
 * Finnish case forms with consonant gradation (Matti → Matin, Matille; Pekka → Pekan) and the
 * -nen stem (Virtanen → Virtasen, Virtasta, Virtaselle). Only the stems are stored; a word is
 * split into stem + known ending at most a few ways, and words whose first two letters start no
 * stem are skipped at once, so building and looking up stay cheap per message.
 */
final class FinnishNameForms {

    private static final java.util.Set<String> ENDINGS = java.util.Set.of("", "n", "a", "ä", "ta", "tä", "lle", "lla", "llä", "lta",
            "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "t", "en", "in", "hin", "kin", "nkin", "han", "hän",
            "ni", "si", "nsa", "nsä", "s", "llekin", "ltakin", "lläkin", "ineen");
    private static final int LONGEST_ENDING = 7;
    /** Strong → weak grade of the consonants before a name's last vowel. */
    private static final Map<String, String> GRADATION = Map.ofEntries(Map.entry("kk", "k"), Map.entry("pp", "p"),
            Map.entry("tt", "t"), Map.entry("nk", "ng"), Map.entry("nt", "nn"), Map.entry("mp", "mm"),
            Map.entry("lt", "ll"), Map.entry("rt", "rr"), Map.entry("ht", "hd"));
    private static final Pattern PARTS = Pattern.compile("[\\s-]+");
    private static final int MIN_PART = 2;
    private static final String VOWELS = "aeiouyäö";

    private final Map<String, String> baseByStem = new HashMap<>();
    private final java.util.Set<Integer> openings = new java.util.HashSet<>();

    FinnishNameForms(List<String> names) {
        for (var name : names) {
            for (var part : PARTS.split(name.toLowerCase(Locale.ROOT))) {
                if (part.length() >= MIN_PART && part.chars().allMatch(Character::isLetter)) {
                    addForms(part);
                }
            }
        }
    }

    boolean isEmpty() {
        return baseByStem.isEmpty();
    }

    /** The base form of {@code word} (lower case) if it is a form of one of the names, else null. */
    String baseOf(String word) {
        for (int cut = word.length(); cut >= Math.max(MIN_PART, word.length() - LONGEST_ENDING); cut--) {
            var base = baseByStem.get(word.substring(0, cut));
            if (base != null && ENDINGS.contains(word.substring(cut))) {
                return base;
            }
        }
        return null;
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
            if (i - start < MIN_PART || !openings.contains(opening(text.charAt(start), text.charAt(start + 1)))) {
                continue;
            }
            var base = baseOf(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (base != null && Characters.boundaryAfter(text, i)) {
                findings.add(new Finding(EntityType.NAME, start, i, base));
            }
        }
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
        baseByStem.putIfAbsent(stem, base);
        openings.add(opening(stem.charAt(0), stem.charAt(1)));
    }

    private static int opening(char first, char second) {
        return Character.toLowerCase(first) << 16 | Character.toLowerCase(second);
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
