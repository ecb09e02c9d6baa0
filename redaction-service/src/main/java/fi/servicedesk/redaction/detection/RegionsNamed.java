package fi.servicedesk.redaction.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The countries a line names, by a city or the country's own name, nearest to a point first (R8.2): "Kerensa
 * Goodchild – Dakar, 5:00", "Makena Okello (Manilassa):", "Florencia Benítez – Bogotá", "(Iso-Britannia)". The
 * gazetteer is the one {@link WorldPlaces} reads: the cities of the IANA time-zone database's zones, whose countries
 * come from the database's zone.tab (public domain; the JDK names the zones but not their countries), and the
 * countries' names in English, Finnish and Swedish from Unicode CLDR ({@link Locale#getDisplayCountry}). A name matches
 * at a word's start, accents aside, with no ending or one of the few that Finnish, Swedish and English put on a
 * place's name ("Dakarissa", "Mexico Cityssä", "Dakars", "Dakar's"). A word of the country's people names it too
 * ({@link InhabitantWords}: "(my Danish number)", "ruotsalainen numero").
 */
final class RegionsNamed {

    private static final String ZONE_COUNTRIES = "/places/zone-countries.tab";
    /** Names shorter than this ("Apia", "Male") are also words and names of other things. */
    private static final int MIN_NAME = 4;
    private static final Set<String> ENDINGS = Set.of("", "s", "'s", "’s", "n", "in", "iin", "hin", "ssa", "ssä", "sta",
            "stä", "lla", "llä", "lta", "ltä", "lle", "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille");
    /** Each place by the first word of its name: "mexico" → Mexico City (MX), Mexico (MX). */
    private static final Map<String, List<Place>> BY_FIRST_WORD = places();

    private record Place(String name, String region) {
    }

    private RegionsNamed() {
    }

    /** The regions named on the line of {@code at}, the one named nearest to {@code at} first. */
    static List<String> onLine(String text, int at) {
        int lineStart = Characters.lineStart(text, at);
        var line = fold(text.substring(lineStart, Characters.lineEnd(text, at)));
        int point = at - lineStart;
        var found = new ArrayList<int[]>();
        var regions = new ArrayList<String>();
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isLetter(line.charAt(i)) || i > 0 && Character.isLetter(line.charAt(i - 1))) {
                continue;
            }
            int wordEnd = i;
            while (wordEnd < line.length() && Character.isLetter(line.charAt(wordEnd))) {
                wordEnd++;
            }
            // The first word of "Iso-Britannia" is shorter than a name: every prefix of the word is looked up.
            for (int prefix = wordEnd; prefix > i; prefix--) {
                for (var place : BY_FIRST_WORD.getOrDefault(line.substring(i, prefix), List.of())) {
                    if (namesAt(line, i, place.name())) {
                        found.add(new int[] {Math.abs(point - i), regions.size()});
                        regions.add(place.region());
                    }
                }
            }
            var inhabitants = InhabitantWords.region(line, i, wordEnd);
            if (inhabitants != null) {
                found.add(new int[] {Math.abs(point - i), regions.size()});
                regions.add(inhabitants);
            }
            i = wordEnd;
        }
        found.sort(Comparator.comparingInt(f -> f[0]));
        var nearestFirst = new LinkedHashSet<String>();
        found.forEach(f -> nearestFirst.add(regions.get(f[1])));
        return List.copyOf(nearestFirst);
    }

    /** The name at {@code i}, and after it no letter but one of the {@link #ENDINGS}. */
    private static boolean namesAt(String line, int i, String name) {
        if (!line.startsWith(name, i)) {
            return false;
        }
        int end = i + name.length();
        int wordEnd = end;
        while (wordEnd < line.length() && (Character.isLetter(line.charAt(wordEnd)) || "'’".indexOf(line.charAt(wordEnd)) >= 0)) {
            wordEnd++;
        }
        return ENDINGS.contains(line.substring(end, wordEnd));
    }

    /** Lower case without accents, one character for one: "Bogotá" → "bogota". */
    private static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            folded.append(Characters.withoutAccent(c));
        }
        return folded.toString();
    }

    private static Map<String, List<Place>> places() {
        var places = new HashMap<String, List<Place>>();
        for (var code : Locale.getISOCountries()) {
            var region = Locale.of("", code);
            for (var language : new Locale[] {Locale.ENGLISH, Locale.of("fi"), Locale.of("sv")}) {
                add(places, region.getDisplayCountry(language), code);
            }
        }
        try (var reader = new BufferedReader(new InputStreamReader(
                RegionsNamed.class.getResourceAsStream(ZONE_COUNTRIES), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    var columns = line.split("\t");
                    add(places, columns[1].substring(columns[1].lastIndexOf('/') + 1).replace('_', ' '), columns[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }

    private static void add(Map<String, List<Place>> places, String name, String region) {
        var folded = fold(name);
        if (folded.length() >= MIN_NAME && folded.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
            int firstWord = 0;
            while (firstWord < folded.length() && Character.isLetter(folded.charAt(firstWord))) {
                firstWord++;
            }
            places.computeIfAbsent(folded.substring(0, firstWord), k -> new ArrayList<>()).add(new Place(folded, region));
        }
    }
}
