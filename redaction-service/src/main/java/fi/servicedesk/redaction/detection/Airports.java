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
import java.util.Map;
import java.util.Set;

/**
 * Airports go by the names of people and of villages that read like names: "Pariisin Charles de Gaulle", "John F.
 * Kennedy -lentoasema", "Warsaw Chopin (WAW)", "Lontoo-Heathrow", "fram till Kastrup". The gazetteer
 * ({@code places/airports-after-people.txt}, {@code places/airports-after-places.txt}) holds the names of the world's
 * major airports; one standing uninflected is the airport's, not a person's, when it is of three words ("Franz Josef
 * Strauss") or joined to its city ("Doha Hamad"), when it is a village's that no one bears ("Arlanda"; not "Luton"
 * or the name of a person the lexicon does not know, "Hamad"), or when the airport is told by what stands beside it:
 * its city before it ("Varsovan Chopin", "Tukholma-Arlanda") or a word for an airport before or after it
 * ("Lentoasema Doha Hamad", "Chopin-lentoasema", "Kennedy Airport"). The city and the airport's word go with it. Three
 * capitals in parentheses after it tell nothing: a role's are written so too ("Pearson (CFO)"). A person who bears the
 * same surname is written in another form ("Iisakki Chopinille", "Klara Chopins"), after a given name or a title
 * ("Klara Kastrup", "Mr Kastrup") or before a given name ("Narita Yuki", "Kastrup, Klara"), and stays a name (R8.2);
 * so does one whose given name is a city's ("Sofia Logan").
 */
final class Airports {

    private static final String AFTER_PEOPLE = "/places/airports-after-people.txt";
    private static final String AFTER_PLACES = "/places/airports-after-places.txt";
    /** The gazetteer's names, and its cities' names joined to theirs ("Doha Hamad"), by their first word, as written. */
    private static final Map<String, List<String>> BY_FIRST_WORD = new HashMap<>();
    /** A city and its airport's name, as the gazetteer joins them: the airport's whatever stands beside it. */
    private static final Set<String> WITH_CITIES = new HashSet<>();
    /** The names after a village or an estate: "Heathrow", "Arlanda". */
    private static final Set<String> PLACE_NAMED = new HashSet<>();

    static {
        for (var line : read(AFTER_PEOPLE)) {
            add(line);
        }
        for (var line : read(AFTER_PLACES)) {
            add(line);
            PLACE_NAMED.add(nameOf(line));
        }
        // The longest name first: "Doha Hamad" before "Doha".
        BY_FIRST_WORD.values().forEach(names -> names.sort((a, b) -> b.length() - a.length()));
    }

    /** Words for an airport, written before or after its name or as a compound's head after a hyphen. */
    private static final WordSet AIRPORT_WORDS = WordSet.of(Set.of("airport", "international", "lentoasema", "lentoasemalla",
            "lentoasemalle", "lentoasemalta", "lentokenttä", "kenttä", "flygplats", "flygplatsen", "flughafen", "aéroport",
            "aeroporto", "aeropuerto", "lotnisko"));

    private Airports() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            // The name opens the word or follows a hyphen inside it, after its city ("Tukholma-Arlanda").
            for (int at = tokens.start(t); at >= 0 && at < tokens.end(t); at = nextPart(text, at, tokens.end(t))) {
                int last = unmarkAt(text, tokens, lexicon, words, names, t, at);
                if (last >= 0) {
                    t = last;
                    break;
                }
            }
        }
    }

    /** Whether {@code text[start, end)} is a word for an airport: "lentoasema", "flygplatsen". */
    static boolean isAirportWord(String text, int start, int end) {
        return AIRPORT_WORDS.contains(text, start, end);
    }

    /** Unmarks the airport whose name starts at {@code at} in word {@code t}, returning its last word, or -1 for none. */
    private static int unmarkAt(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names,
            int t, int at) {
        int firstEnd = at;
        while (firstEnd < text.length() && Characters.isLetter(text.charAt(firstEnd))) {
            firstEnd++;
        }
        var candidates = BY_FIRST_WORD.get(text.substring(at, firstEnd));
        if (candidates == null) {
            return -1;
        }
        for (var airport : candidates) {
            int end = at + airport.length();
            if (!text.startsWith(airport, at) || end < text.length() && Characters.isLetter(text.charAt(end))) {
                continue;
            }
            int last = t;
            while (last + 1 < tokens.size() && tokens.start(last + 1) < end) {
                last++;
            }
            boolean cityJoined = at > tokens.start(t) && isPlace(text, lexicon, tokens.start(t), at - 1);
            // A marked given name that is also a city is the person's before a surname ("Sofia Logan", "Sydney
            // Pearson"), the city's before an airport of several words ("Paris Charles de Gaulle").
            boolean cityBefore = at == tokens.start(t) && t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)
                    && isPlace(text, lexicon, tokens.start(t - 1), tokens.end(t - 1))
                    && !(names[t - 1] && NameWords.isGivenName(words[t - 1]) && !isSeveralWords(airport));
            int opening = cityBefore ? t - 1 : t;
            boolean wordBefore = opening > 0 && tokens.spaced(opening - 1, opening)
                    && isAirportWord(text, tokens.start(opening - 1), tokens.end(opening - 1));
            if (!cityJoined && !cityBefore && !wordBefore && afterPerson(tokens, names, t, at)) {
                continue;
            }
            boolean villageAlone = PLACE_NAMED.contains(airport) && isNoOnesName(airport, lexicon)
                    && !beforePerson(text, tokens, words, names, last);
            if (isSeveralWords(airport) || villageAlone || cityJoined || cityBefore || wordBefore
                    || airportWordAfter(text, end)) {
                for (int k = wordBefore ? opening - 1 : opening; k <= last; k++) {
                    names[k] = false;
                }
                if (last + 1 < tokens.size() && tokens.spaced(last, last + 1)
                        && isAirportWord(text, tokens.start(last + 1), tokens.end(last + 1))) {
                    names[last + 1] = false;
                    last++;
                }
                return last;
            }
        }
        return -1;
    }

    /**
     * Three words ("Charles de Gaulle", "John F. Kennedy"), or a city and its airport's name ("Doha Hamad"): not a
     * person's name as people write it. Two words of a given name and a surname ("Helmut Schmidt", "Marco Polo") may
     * be a person's, and are the airport's only beside its city or its word.
     */
    private static boolean isSeveralWords(String airport) {
        int space = airport.indexOf(' ');
        return space > 0 && airport.indexOf(' ', space + 1) > 0 || WITH_CITIES.contains(airport);
    }

    /** The start of the part after the next hyphen within the word, or -1. */
    private static int nextPart(String text, int at, int end) {
        int hyphen = Characters.indexOf(text, '-', at, end);
        return hyphen < 0 || hyphen + 1 >= end ? -1 : hyphen + 1;
    }

    private static boolean isPlace(String text, NameLexicon lexicon, int start, int end) {
        return end > start
                && (lexicon.lookup(text, start, end).is(NameLexicon.Word.PLACE) || WorldPlaces.contains(text, start, end));
    }

    /** A marked given name right before the name makes it a person's: "Klara Kastrup". */
    private static boolean afterPerson(Tokens tokens, boolean[] names, int t, int at) {
        return at == tokens.start(t) && t > 0 && names[t - 1] && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t);
    }

    /**
     * A marked given name right after the name, or after a comma, makes it a person's surname written first: "Narita
     * Yuki", "Kastrup, Klara".
     */
    private static boolean beforePerson(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int last) {
        int next = last + 1;
        if (next >= tokens.size() || !names[next] || !tokens.isCapitalised(next) || !NameWords.isGivenName(words[next])) {
            return false;
        }
        return tokens.spaced(last, next)
                || text.startsWith(", ", tokens.end(last)) && tokens.end(last) + 2 == tokens.start(next);
    }

    /** No word of the name is a given name or a surname to the lexicon: "Arlanda", not "Logan" or "Luton". */
    private static boolean isNoOnesName(String airport, NameLexicon lexicon) {
        for (int start = 0, end; start < airport.length(); start = end + 1) {
            end = start;
            while (end < airport.length() && Characters.isLetter(airport.charAt(end))) {
                end++;
            }
            if (end > start && lexicon.lookup(airport, start, end).isName()) {
                return false;
            }
        }
        return true;
    }

    /** "Chopin-lentoasema", "Kennedy -lentoasema", "Kennedy-flygplatsen", "Logan Airport". */
    private static boolean airportWordAfter(String text, int end) {
        int from = end;
        if (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        if (from < text.length() && text.charAt(from) == '-') {
            from++;
        }
        if (from == end) {
            return false;
        }
        int to = from;
        while (to < text.length() && Characters.isLetter(text.charAt(to))) {
            to++;
        }
        return isAirportWord(text, from, to);
    }

    /** A gazetteer's lines: a name, or a city, a tab and its airport's name; "#" opens a comment. */
    private static List<String> read(String gazetteer) {
        var lines = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(Airports.class.getResourceAsStream(gazetteer),
                StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The airport's name of a gazetteer's line, without its city. */
    private static String nameOf(String line) {
        return line.substring(line.indexOf('\t') + 1);
    }

    /** Files a gazetteer's line under its name's first word, and its city joined to it where the line has one. */
    private static void add(String line) {
        if (line.indexOf('\t') > 0) {
            var withCity = line.replace('\t', ' ');
            WITH_CITIES.add(withCity);
            file(withCity);
        }
        file(nameOf(line));
    }

    private static void file(String airport) {
        int firstEnd = 0;
        while (firstEnd < airport.length() && Characters.isLetter(airport.charAt(firstEnd))) {
            firstEnd++;
        }
        var names = BY_FIRST_WORD.computeIfAbsent(airport.substring(0, firstEnd), k -> new ArrayList<>());
        if (!names.contains(airport)) {
            names.add(airport);
        }
    }
}
