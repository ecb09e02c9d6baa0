package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of a country's people and things (R8.2): English "Norwegian", "Bhutanese", "Icelandic", Finnish
 * "ruotsalainen", "fidžiläiseen", Swedish "spanskt", "isländsk". Most are the country's name (CLDR's, as
 * {@link Locale#getDisplayCountry} gives it in English, Finnish and Swedish) without its last vowels and a suffix:
 * English "-an", "-ian", "-ese", "-i", "-ic", Finnish "-lainen"/"-läinen" in any case, Swedish "-sk"; the common
 * ones that are not ("Irish", "Dutch", "brittiläinen", "svensk") are listed. A label such as "(my Danish number)"
 * says whose plan the number after it is in; and the word is no one's name ("the Irish pub").
 */
final class InhabitantWords {

    private static final Pattern ENGLISH = Pattern.compile("(?:n|an|ian|ean|ese|i|ic)");
    private static final Pattern FINNISH = Pattern.compile("[aeiou]?lai(?:nen|s\\p{L}*)");
    private static final Pattern SWEDISH = Pattern.compile("(?:i|ian|an|e|en)?sk[at]?");
    /** The suffixes of each language of {@link #LANGUAGES}, which go with the country's name in that language. */
    private static final Pattern[] SUFFIXES = {ENGLISH, FINNISH, SWEDISH};
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.of("fi"), Locale.of("sv")};
    /** The shortest part of a country's name a word must begin with ("fij" of "Fiji", "cub" of "Cuba"). */
    private static final int SHORTEST_STEM = 3;
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("irish", "IE"), Map.entry("dutch", "NL"),
            Map.entry("british", "GB"), Map.entry("english", "GB"), Map.entry("scottish", "GB"), Map.entry("welsh", "GB"),
            Map.entry("american", "US"), Map.entry("swedish", "SE"), Map.entry("danish", "DK"), Map.entry("finnish", "FI"),
            Map.entry("polish", "PL"), Map.entry("spanish", "ES"), Map.entry("turkish", "TR"), Map.entry("french", "FR"),
            Map.entry("greek", "GR"), Map.entry("swiss", "CH"), Map.entry("norwegian", "NO"), Map.entry("portuguese", "PT"),
            Map.entry("belgian", "BE"), Map.entry("thai", "TH"), Map.entry("filipino", "PH"), Map.entry("czech", "CZ"),
            Map.entry("lebanese", "LB"));
    /** Held folded, as the words are looked up ("holländsk" → "hollandsk"). */
    private static final Map<String, String> IRREGULAR_FINNISH_AND_SWEDISH = folded(Map.ofEntries(Map.entry("amerikkalai", "US"), Map.entry("brittilai", "GB"),
            Map.entry("englantilai", "GB"), Map.entry("hollantilai", "NL"), Map.entry("svensk", "SE"), Map.entry("finsk", "FI"),
            Map.entry("norsk", "NO"), Map.entry("dansk", "DK"), Map.entry("tysk", "DE"), Map.entry("spansk", "ES"),
            Map.entry("fransk", "FR"), Map.entry("engelsk", "GB"), Map.entry("brittisk", "GB"), Map.entry("amerikansk", "US"),
            Map.entry("holländsk", "NL"), Map.entry("estnisk", "EE"), Map.entry("grekisk", "GR"), Map.entry("irländsk", "IE")));
    /**
     * Each country's single-word names, without a last vowel, and their language: "norj" → NO (fi), "bhutan" → BT; by
     * their first {@link #SHORTEST_STEM} letters, so that a word is held against the few that can begin it (the phone
     * rules ask of every word near a number).
     */
    private static final Map<String, List<String[]>> STEMS = stems();

    private InhabitantWords() {
    }

    /**
     * A marked capitalised word of a country's people in English before a word in lower case: "the Irish pub", "(my
     * Danish number)". Finnish and Swedish write theirs in lower case; capitalised, they are surnames ("Virolainen",
     * "Svensk").
     */
    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                    && region(Unaccented.of(text.substring(tokens.start(t), tokens.end(t))), true) != null) {
                names[t] = false;
            }
        }
    }

    /** The country whose people's word {@code text[start, end)} is, in English, Finnish or Swedish, or null. */
    static String region(String text, int start, int end) {
        return region(Unaccented.of(text.substring(start, end)), false);
    }

    private static String region(String word, boolean englishOnly) {
        var irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() < SHORTEST_STEM) {
            return null;
        }
        for (var entry : englishOnly ? Map.<String, String>of().entrySet() : IRREGULAR_FINNISH_AND_SWEDISH.entrySet()) {
            var key = entry.getKey();
            if (word.startsWith(key) && (key.endsWith("lai") || SWEDISH.matcher(word.substring(key.length() - 2)).matches())) {
                return entry.getValue();
            }
        }
        String best = null;
        int longest = 0;
        for (var stem : STEMS.getOrDefault(word.substring(0, SHORTEST_STEM), List.of())) {
            var name = stem[0];
            int language = stem[3].charAt(0) - '0';
            if (name.length() > longest && (language == 0 || !englishOnly) && word.startsWith(name) && !word.equals(stem[2])
                    && isSuffix(word.substring(name.length()), stem[2], SUFFIXES[language])) {
                best = stem[1];
                longest = name.length();
            }
        }
        return best;
    }

    /** "" only where the country's name ended in a "y" the word drops ("German" of "Germany"). */
    private static boolean isSuffix(String rest, String country, Pattern suffixes) {
        return rest.isEmpty() ? country.endsWith("y") : suffixes.matcher(rest).matches();
    }

    private static Map<String, List<String[]>> stems() {
        var stems = new HashMap<String, List<String[]>>();
        for (var code : Locale.getISOCountries()) {
            for (int language = 0; language < LANGUAGES.length; language++) {
                var name = Unaccented.of(Locale.of("", code).getDisplayCountry(LANGUAGES[language]));
                int end = name.length() - ("aeiouy".indexOf(name.charAt(name.length() - 1)) >= 0 ? 1 : 0);
                if (name.chars().allMatch(Character::isLetter) && end >= SHORTEST_STEM) {
                    stems.computeIfAbsent(name.substring(0, SHORTEST_STEM), first -> new ArrayList<>())
                            .add(new String[] {name.substring(0, end), code, name, String.valueOf(language)});
                }
            }
        }
        stems.replaceAll((first, list) -> List.copyOf(list));
        return Map.copyOf(stems);
    }

    private static Map<String, String> folded(Map<String, String> byWord) {
        var folded = new HashMap<String, String>();
        byWord.forEach((word, region) -> folded.put(Unaccented.of(word), region));
        return Map.copyOf(folded);
    }
}
