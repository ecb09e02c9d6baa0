package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What shows a car maker's name and the words after it to be a vehicle, not a person named like one ("Mercedes
 * Vito", "Škoda Octavia"): a vehicle's noun before the maker ("the vehicle Mercedes Vito", "yritysautoa Škoda
 * Octavia Combi", "Auto (Volkswagen ID.4)"), or a registration plate, a date or a number right after the model
 * ("Vauxhall Corsa CTG-920", "Škoda Octavia Combi NMB 83U", "… Combi 21.5.2027") or in the table cell before it
 * ("| HK27 VCG | Vauxhall Corsa |", "TNU-814;Hyundai Kona Electric"). A person is seldom written between a car's noun and its plate.
 */
final class VehicleFrames {

    /**
     * Nouns for a road vehicle in English and Swedish, in lower case, in the forms a message writes them in before a
     * maker's name (no Swedish analyser reads them): the word before a maker's name.
     */
    private static final WordSet VEHICLE_NOUNS = WordSet.of(Set.of("vehicle", "vehicles", "car", "cars", "van", "vans",
            "truck", "lorry", "bus", "minibus", "taxi", "cab", "pickup", "motorbike", "motorcycle", "moped", "scooter",
            "campervan", "motorhome", "fordon", "fordonet", "buss", "bussen", "taxin", "motorcykel", "motorcykeln",
            "mopeden"));
    /**
     * Swedish "bil" (a car) in its forms, as the head of the compounds that name one ("tjänstebilen", "hyrbil", "lastbil",
     * "skåpbilen"), but not of "mobil", a phone.
     */
    private static final String[] SWEDISH_CAR_HEADS = {"bil", "bilen", "bilar", "bilarna"};
    private static final String SWEDISH_PHONE = "mobil";
    /** Finnish vehicle nouns as Voikko's base form ends in them, a compound's head included ("yritysautolla" → yritysauto). */
    private static final String[] FINNISH_VEHICLE_HEADS = {"auto", "ajoneuvo"};
    /**
     * A plate of letters and digits ("CTG-920", "NMB 83U", "HK27 VCG", "EV03 EVA", "123 ABC"), a date ("21.5.2027") or a
     * model year ("2019"), none glued to a letter or a digit after it. A plate parts its letters from its digits by a
     * hyphen or a space; an id glues them ("EMP0042"). Digits alone are a count ("Mercedes Vito 12 kertaa"), no plate.
     */
    private static final Pattern PLATE = Pattern.compile("(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2}){1,2}|(?:19|20)\\d{2}"
            + "|[A-Z]{2,3}[- ]\\d{1,4}[A-Z]?|[A-Z]{1,2}\\d{2,3} ?[A-Z]{2,3}|\\d{3} [A-Z]{3})(?![\\p{L}\\p{N}])");
    /** What separates a table's cells: a bar, a semicolon, a tab. */
    private static final String CELL_SEPARATORS = "|;\t";
    /** The most model words between a maker's name and what follows the model ("Octavia Combi", "Kona Electric"). */
    private static final int MOST_MODEL_WORDS = 3;

    private VehicleFrames() {
    }

    /** The maker's word {@code maker} names a vehicle by the words around it. */
    static boolean frame(String text, Tokens tokens, NameLexicon.Word[] words, int maker) {
        return isAfterVehicleNoun(text, tokens, words, maker) || isBeforePlate(text, tokens, maker) || isAfterPlateCell(text, tokens.start(maker));
    }

    private static boolean isAfterVehicleNoun(String text, Tokens tokens, NameLexicon.Word[] words, int maker) {
        int before = maker - 1;
        return before >= 0 && (VEHICLE_NOUNS.contains(text, tokens.start(before), tokens.end(before))
                || isSwedishCarNoun(text.substring(tokens.start(before), tokens.end(before)).toLowerCase(Locale.ROOT))
                || isFinnishVehicleNoun(words[before]))
                && isOnlySpacePunctuation(text, tokens.end(before), tokens.start(maker));
    }

    private static boolean isSwedishCarNoun(String word) {
        for (var head : SWEDISH_CAR_HEADS) {
            if (word.endsWith(head) && !word.startsWith(SWEDISH_PHONE, word.length() - head.length() - 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinnishVehicleNoun(NameLexicon.Word w) {
        if (w == null || w.ordinaryBase() == null) {
            return false;
        }
        var base = w.ordinaryBase().toLowerCase(Locale.ROOT);
        for (var head : FINNISH_VEHICLE_HEADS) {
            if (base.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** After up to three capitalised model words spaced after the maker, a plate, a date or a number. */
    private static boolean isBeforePlate(String text, Tokens tokens, int maker) {
        int last = maker;
        while (last + 1 < tokens.size() && last - maker < MOST_MODEL_WORDS && tokens.spaced(last, last + 1)
                && Character.isUpperCase(text.charAt(tokens.start(last + 1)))) {
            int end = tokens.end(last);
            if (end + 1 < text.length() && text.charAt(end) == ' ' && last > maker && startsPlate(text, end + 1)) {
                return true;
            }
            last++;
        }
        int end = tokens.end(last);
        return last > maker && end + 1 < text.length() && text.charAt(end) == ' ' && startsPlate(text, end + 1);
    }

    private static boolean startsPlate(String text, int at) {
        var matcher = PLATE.matcher(text).region(at, Math.min(text.length(), at + 12));
        return matcher.lookingAt();
    }

    /** "| HK27 VCG | Vauxhall Corsa", "TNU-814;Hyundai Kona Electric": the cell before the maker's is a plate. */
    private static boolean isAfterPlateCell(String text, int start) {
        int bar = start - 1;
        while (bar >= 0 && text.charAt(bar) == ' ') {
            bar--;
        }
        if (bar < 0 || CELL_SEPARATORS.indexOf(text.charAt(bar)) < 0) {
            return false;
        }
        char separator = text.charAt(bar);
        int cellStart = Math.max(text.lastIndexOf(separator, bar - 1), text.lastIndexOf('\n', bar - 1)) + 1;
        String cell = text.substring(cellStart, bar).strip();
        return !cell.isEmpty() && !Scan.isDigit(cell.charAt(0)) && PLATE.matcher(cell).matches();
    }

    private static boolean isOnlySpacePunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '(' && text.charAt(i) != ':') {
                return false;
            }
        }
        return to > from;
    }
}
