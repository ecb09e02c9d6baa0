package fi.servicedesk.redaction.detection;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cities and countries that the lists or the model read as names ("Montgomery Devlin (Vilnius):", "the office in
 * Riga", "moved to Brussels"). The gazetteer is the JDK's own: the cities of the IANA time-zone database's zone
 * names (public domain; "Europe/Vilnius", "America/Sao_Paulo": about 400 of the world's capitals and large cities) and
 * the countries' names in English, Finnish and Swedish from Unicode CLDR ({@link Locale#getDisplayCountry}, Unicode
 * licence) — no download and no new dependency. A place that no list makes a given name or surname is a place
 * wherever it stands; one that is a name too (Sydney, Regina, Jordan, Adelaide) only inside parentheses alone or
 * after "in" ("(Sydney)", "based in Jordan"). Beside another name it stays a person's ("Jordan Smith", "Sydney
 * Virtanen"), and after a word that names a person too ("Hi Sydney,"): R8.2.
 */
final class WorldPlaces {

    private static final WordSet PLACES = WordSet.of(cities(), countries());
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of(Set.of("in", "at", "near", "outside"));

    private WorldPlaces() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && PLACES.contains(text, tokens.start(t), tokens.end(t))
                    && !besideName(tokens, names, t) && !(t > 0 && NamesAfterCues.framesPerson(text, tokens, words, t - 1, t))
                    && (!isName(words[t]) || inPlaceFrame(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /** Whether the word from {@code start} to {@code end} is one of the gazetteer's cities or countries. */
    static boolean contains(String text, int start, int end) {
        return PLACES.contains(text, start, end);
    }

    private static boolean isName(NameLexicon.Word w) {
        return w != null && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || w.is(NameLexicon.Word.PAIRED_LAST));
    }

    private static boolean besideName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1);
    }

    /** "(Vilnius)" alone in its parentheses, or after a preposition of place in lower case. */
    private static boolean inPlaceFrame(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
            return true;
        }
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1)
                && PLACE_PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /** The last part of each region's zone id, of one word: "Europe/Vilnius" → vilnius; not "Etc/…" nor "America/Sao_Paulo". */
    private static Set<String> cities() {
        var cities = new HashSet<String>();
        for (var id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                var city = id.substring(slash + 1);
                if (city.chars().allMatch(Character::isLetter)) {
                    cities.add(city.toLowerCase(Locale.ROOT));
                }
            }
        }
        return cities;
    }

    /** Countries of one word in English, Finnish and Swedish: "Latvia", "Latvija"'s "Latvia", "Lettland". */
    private static Set<String> countries() {
        var countries = new HashSet<String>();
        for (var code : Locale.getISOCountries()) {
            var region = Locale.of("", code);
            for (var language : new Locale[] {Locale.ENGLISH, Locale.of("fi"), Locale.of("sv")}) {
                var name = region.getDisplayCountry(language);
                if (!name.isEmpty() && name.chars().allMatch(Character::isLetter)) {
                    countries.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return countries;
    }
}
