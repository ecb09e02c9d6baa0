package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A car's or a device's model after its maker's name: "Honda Civic varattu", "Renault Zoe -latausappi", "Suzuki
 * Vitara", "Garmin Venu 3", "Logitech MX Keys", "Panasonic Toughbook 33", "SKODA OCTAVIA". Models are named with
 * given names, places and coined words ("Zoe", "Octavia", "Leaf", "Niro"), which the name lists and the tagger read
 * as names; after a maker they are the product's, and so is the maker. The makers are those of cars and of the
 * consumer and office devices a ticket names (phones are {@link HandsetModels}'). A maker's name that is a surname or
 * a given name too stays a person's beside a name: after a capitalised name ("Harrison Ford") and, for a given name
 * ("Kia", "Mercedes"), before a surname ("Kia Lehtonen").
 */
final class ModelsAfterMakers {

    /** Makers of cars and of devices sold under their own name, in lower case. */
    private static final WordSet MAKERS = WordSet.of(Set.of(
            // cars and vans
            "honda", "suzuki", "renault", "kia", "nissan", "skoda", "škoda", "toyota", "volvo", "citroën", "citroen",
            "peugeot", "fiat", "opel", "mazda", "hyundai", "mercedes", "ford", "tesla", "polestar", "volkswagen", "audi",
            "porsche", "mitsubishi", "subaru", "dacia", "lexus", "cupra", "chevrolet", "iveco",
            // devices
            "garmin", "sonos", "bose", "logitech", "panasonic", "philips", "sennheiser", "fitbit", "suunto", "polar",
            "dyson", "canon", "nikon", "epson", "lenovo", "dell", "asus", "acer"));
    /** The most words of a model after its maker ("MX Keys", "Toughbook 33", "Era 100"). */
    private static final int MOST_MODEL_WORDS = 2;

    private ModelsAfterMakers() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!MAKERS.contains(text, tokens.start(t), tokens.end(t)) || !isModelWord(text, tokens, t + 1)
                    || t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)
                    || isGivenName(words[t]) && isSurname(words[t + 1])) {
                continue;
            }
            int last = t + 1;
            while (last + 1 < n && last - t < MOST_MODEL_WORDS && isModelWord(text, tokens, last + 1)) {
                last++;
            }
            for (int k = t; k <= last; k++) {
                names[k] = false;
            }
            t = last;
        }
    }

    /** A word spaced after the one before it that opens with a capital or a digit: "Civic", "MX", "33". */
    private static boolean isModelWord(String text, Tokens tokens, int t) {
        char first = text.charAt(tokens.start(t));
        return tokens.spaced(t - 1, t) && (Character.isUpperCase(first) || Scan.isDigit(first));
    }

    private static boolean isGivenName(NameLexicon.Word word) {
        return word != null && word.is(NameLexicon.Word.FIRST);
    }

    private static boolean isSurname(NameLexicon.Word word) {
        return word != null && word.is(NameLexicon.Word.LAST);
    }
}
