package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A car's or a device's model after its maker's name: "Honda Civic varattu", "Renault Zoe -latausappi", "Suzuki
 * Vitara", "Garmin Venu 3", "Logitech MX Keys", "Panasonic Toughbook 33", "SKODA OCTAVIA", "Otis Gen2", "Daikin
 * Altherma 3", "Mercedes-Benz Econic". Models are named with given names, places and coined words ("Zoe", "Octavia", "Leaf", "Niro"), which the
 * name lists and the tagger read as names; after a maker they are the product's, and so is the maker. The makers are
 * those of cars, of the consumer and office devices a ticket names (phones are {@link HandsetModels}'), and of the
 * lifts and building services a work order names ("Schindler 3300", "Enervent Pingvin eco", "Daikin Altherma 3"), and
 * of the meters a utility reads ("Kamstrup Omnipower", "Landis+Gyr E360"), of a hospital's devices ("Masimo
 * Radical-7", "Laerdal SimMan"), of a farm's machines ("Väderstad Rapid", "Valtra N175") and of the routers an
 * operator ships ("Sagemcom F@st 5670", "Genexis Pure F530"), of boats and outboard engines ("Yamarin 63", "Yamaha
 * F115"). A maker's name that is a surname or a given name too
 * stays a person's beside a name: after a capitalised name ("Harrison Ford"), before two ("Volvo Pekka
 * Virtaselle") and before a name, a double name or a word with a name's case ending, whichever of the two comes first
 * ("Honda Keiko", "Suzuki Renille", "Kia Lehtonen", "Kia Yang-Her"). A second word of the model only after an
 * abbreviation ("MX Keys", not "OPEL CORSA NINOS") or as a number ("Venu 3"). A maker's word that names a person
 * elsewhere in the message keeps its mark before the model too.
 */
final class ModelsAfterMakers {

    /** Makers of cars and vans, in lower case: their model is a vehicle's when {@link VehicleFrames} frame it. */
    private static final Set<String> CAR_MAKERS = Set.of("honda", "suzuki", "renault", "kia", "nissan", "skoda", "škoda",
            "toyota", "volvo", "citroën", "citroen", "peugeot", "fiat", "opel", "mazda", "hyundai", "mercedes", "mercedes-benz", "ford",
            "tesla", "polestar", "volkswagen", "vw", "audi", "porsche", "mitsubishi", "subaru", "dacia", "lexus", "cupra",
            "chevrolet", "iveco", "vauxhall", "ferrari", "jaguar", "maserati", "lamborghini");
    private static final WordSet CARS = WordSet.of(CAR_MAKERS);
    /** Makers of cars and of devices sold under their own name, in lower case. */
    private static final WordSet MAKERS = WordSet.of(CAR_MAKERS, Set.of(
            // lifts, air-handling units, heat pumps, chillers and building automation that work orders name
            "otis", "schindler", "orona", "trane", "daikin", "carrier", "enervent", "vallox", "swegon", "honeywell",
            "siemens", "nibe",
            // electricity, heat and water meters that a utility's messages name ("Landis+Gyr E360", "Kamstrup
            // Omnipower", "Diehl Hydrus")
            "landis", "kamstrup", "diehl", "itron", "sensus", "elster", "aidon", "kaifa",
            // the monitors, pumps, ventilators and training manikins a hospital's device tickets name ("Masimo
            // Radical-7", "Laerdal SimMan"): makers whose names are no one's
            "masimo", "laerdal", "mindray", "dräger", "drager", "zoll",
            // the tractors, drills and forest machines a farm's machinery booking names ("Valtra N175", "Väderstad
            // Rapid"): only coined names and a village's, which no one bears; not the makers named after their
            // founders, whose surname a person bears too (Kverneland, Claas, Fendt, Kubota, Junkkari)
            "valtra", "väderstad", "amazone", "ponsse",
            // the boats and outboard engines a harbour's, a boatyard's or a rental's messages name ("Yamarin 63",
            // "Finnmaster T8", "Yamaha F115", "Mercury 60"): the builders of small boats sold across the Nordic countries
            // and the makers of outboards; not those named after their founders (Johnson, Linder, Hallberg-Rassy) nor
            // those whose name is a given name too (Terhi, Buster), which a surname after them makes a person
            "yamarin", "finnmaster", "aquador", "flipper", "nimbus", "askeladden",
            "uttern", "ockelbo", "bayliner", "beneteau", "jeanneau", "quicksilver", "nauticat", "yamaha", "mercury",
            "evinrude", "tohatsu", "selva", "torqeedo", "mariner",
            // devices
            "garmin", "sonos", "bose", "logitech", "panasonic", "philips", "sennheiser", "fitbit", "suunto", "polar",
            "dyson", "canon", "nikon", "epson", "lenovo", "dell", "asus", "acer",
            // the routers and modems an operator ships to a broadband customer ("Sagemcom F@st 5670", "Genexis Pure
            // F530", "Zyxel VMG8825")
            "sagemcom", "genexis", "zyxel", "technicolor", "inteno", "netgear", "mikrotik", "ubiquiti"));
    private static final int LONGEST_CODE = 8;
    /** Finnish case endings of a name after a maker's name that is a name too ("Suzuki Renille"). */
    private static final List<String> CASE_ENDINGS = Stream.concat(NameWords.LOCAL_CASE_ENDINGS.stream(),
            Stream.of(NameWords.TRANSLATIVE_ENDING, "iin")).toList();

    private ModelsAfterMakers() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!MAKERS.contains(text, tokens.start(t), tokens.end(t))
                    || t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)) {
                continue;
            }
            if (t + 1 < n && tokens.joinedByPlus(t) && tokens.isCapitalised(t + 1)) {
                // "Landis+Gyr E360": two founders' names joined by a plus are one maker's.
                names[t] = false;
                names[t + 1] = false;
                t++;
                continue;
            }
            if (isCodeAfter(text, tokens.end(t)) || isGluedModelAfter(text, tokens, t)) {
                // "Schindler 3300", "Otis Gen360", "Sagemcom F@st": a model of digits or with a symbol is no word, so
                // only the maker is left to unmark.
                if (!namedElsewhere(text, tokens, words, names, t)) {
                    names[t] = false;
                }
                continue;
            }
            // A car framed as a vehicle ("the vehicle Mercedes Vito ELT-02") is one even where its maker and model read
            // as a person's names.
            boolean vehicle = CARS.contains(text, tokens.start(t), tokens.end(t))
                    && (VehicleFrames.frame(text, tokens, words, t) || hasNamelessSecondWord(text, tokens, words, t));
            if (t + 1 >= n || !isModelWord(text, tokens, t + 1)
                    || !vehicle && (isNamedLikeAPerson(text, tokens, words, t) || beforeFullName(tokens, names, t + 1))) {
                continue;
            }
            int last = t + 1;
            // A second word only after an abbreviation ("MX Keys"), as a number ("Toughbook 33", "Era 100") or, in a
            // framed vehicle, as a word that is no name ("Octavia Combi"): a person named after the model is not
            // ("Honda Civic Pekka Virtaselle").
            if (last + 1 < n && isModelWord(text, tokens, last + 1) && (isAbbreviation(text, tokens, last)
                    && !isAbbreviation(text, tokens, t) || Scan.isDigit(text.charAt(tokens.start(last + 1)))
                    || vehicle && !isAnyName(words[last + 1]))) {
                last++;
            }
            // A maker's word the message names a person by elsewhere keeps its mark here too, so that the person's
            // name is not left in clear beside the car ("Honda Keiko … varattu Honda Civic").
            for (int k = namedElsewhere(text, tokens, words, names, t) ? t + 1 : t; k <= last; k++) {
                names[k] = false;
            }
            t = last;
        }
    }

    /** The maker's word {@code t} stands marked elsewhere in the message, not before a model: a person's name. */
    private static boolean namedElsewhere(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int length = tokens.length(t);
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && tokens.length(u) == length
                    && text.regionMatches(true, tokens.start(u), text, tokens.start(t), length)
                    && !isBeforeModel(text, tokens, words, names, u)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBeforeModel(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int u) {
        return isCodeAfter(text, tokens.end(u)) || u + 1 < tokens.size() && isModelWord(text, tokens, u + 1)
                && !isNamedLikeAPerson(text, tokens, words, u) && !beforeFullName(tokens, names, u + 1);
    }

    /**
     * A space and a model's code of letters and digits, at least one a digit, right at {@code end}: "3300", "Gen360",
     * "3G"; not a phone number's first group, which another group follows ("Otis 040 123 4567").
     */
    private static boolean isCodeAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        boolean digit = false;
        int i = end + 1;
        for (; i < text.length() && Character.isLetterOrDigit(text.charAt(i)); i++) {
            digit |= Scan.isDigit(text.charAt(i));
        }
        boolean anotherGroup = i + 1 < text.length() && text.charAt(i) == ' ' && Scan.isDigit(text.charAt(i + 1));
        return digit && i - end - 1 <= LONGEST_CODE && !anotherGroup;
    }

    /**
     * "Sagemcom F@st 5670": a capital opens a model right after the maker's space, but the symbol inside glues it into no
     * word of the tokens.
     */
    private static boolean isGluedModelAfter(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && (t + 1 == tokens.size() || tokens.start(t + 1) > end + 1);
    }

    /** A word spaced after the one before it that opens with a capital or a digit: "Civic", "MX", "33". */
    private static boolean isModelWord(String text, Tokens tokens, int t) {
        char first = text.charAt(tokens.start(t));
        return tokens.spaced(t - 1, t) && (Character.isUpperCase(first) || Scan.isDigit(first));
    }

    /**
     * "Kona Electric", "Octavia Combi": the model's second word, capitalised in lower case after, is no name nor
     * inflected as one, as a person's surname after a given name would be.
     */
    private static boolean hasNamelessSecondWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int second = t + 2;
        return second < tokens.size() && isModelWord(text, tokens, t + 1) && isModelWord(text, tokens, second)
                && tokens.isCapitalised(second) && !isAbbreviation(text, tokens, second) && !isAnyName(words[second])
                && !endsInCase(text, tokens.start(second), tokens.end(second));
    }

    /** "Volvo Pekka Virtaselle": two capitalised words marked after the maker are a person's name, not its model. */
    private static boolean beforeFullName(Tokens tokens, boolean[] names, int t) {
        return names[t] && t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1);
    }

    private static boolean isAnyName(NameLexicon.Word word) {
        return word != null && NameWords.isAnyName(word);
    }

    /** A word in capitals: "MX", "SONOS". */
    private static boolean isAbbreviation(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A maker's name that is a name too, before a word that is a name, a double name or inflected as a name: a person,
     * whichever comes first ("Honda Keiko", "Suzuki Renille", family name first; "Kia Yang-Her", "Kia Lehtonen").
     */
    private static boolean isNamedLikeAPerson(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        // "Mercedes-Benz": a maker's full name of two, which no one's double name is.
        if (!isAnyName(words[t]) || MAKERS.contains(text, tokens.start(t), tokens.end(t)) && Characters.indexOf(text, '-', tokens.start(t), tokens.end(t)) >= 0) {
            return false;
        }
        int start = tokens.start(t + 1);
        int end = tokens.end(t + 1);
        int hyphen = text.indexOf('-', start);
        return isAnyName(words[t + 1]) || hyphen >= 0 && hyphen < end || endsInCase(text, start, end);
    }

    /** "Renille", "Keikolta": a Finnish local case or translative ending, which a name takes and a model's name seldom. */
    private static boolean endsInCase(String text, int start, int end) {
        for (var ending : CASE_ENDINGS) {
            if (end - start > ending.length() + 1 && text.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }
}
