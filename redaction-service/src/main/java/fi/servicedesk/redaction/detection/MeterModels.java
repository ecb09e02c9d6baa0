package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "mittari Diehl Hydrus", "Mittari Landis+Gyr E360", "uusi Kamstrup Omnipower SN 01234567": a meter's make and model,
 * capitalised words that are surnames and given names too, right after the noun of a meter or right before the serial
 * number's abbreviation (and the model's code). A meter's record names the device by make and model; a person's name
 * stands before a serial number only after a comma and a label ("Pekka Virtanen, sarjanumero …"), which is not read,
 * and after the meter's noun in a case ("vaihdoin mittarin Matti Virtaselle"), as a model's name is not.
 */
final class MeterModels {

    /** Finnish and Swedish meter nouns, as they begin or end a word in any case ("mittari", "sähkömittarin", "mätaren"). */
    private static final String[] METERS = {"mittari", "mätare", "mätaren"};
    /**
     * The English meter noun, a word of its own: English writes the kind apart ("water meter"), and the words that end
     * in it are other things ("parameter", "diameter", "kilometer").
     */
    private static final WordSet ENGLISH_METERS = WordSet.of(Set.of("meter", "meters"));
    private static final String[] SERIALS = {" SN ", " S/N ", " SN:", " S/N:"};
    /** The most words of a make and model ("Landis+Gyr E360", "Kamstrup MULTICAL 603"). */
    private static final int LONGEST_MODEL = 3;

    private MeterModels() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            // The meter's noun opening a sentence is no model ("Mittari Landis+Gyr E360").
            if (!names[t] || !tokens.isCapitalised(t) || isMeter(text, tokens, t)) {
                continue;
            }
            int end = t;
            while (end + 1 < tokens.size() && end + 1 - t < LONGEST_MODEL && !startsSerial(text, tokens.end(end))
                    && (tokens.spaced(end, end + 1) || tokens.joinedByPlus(end))
                    && (tokens.isCapitalised(end + 1) || Characters.inCapitals(text, tokens.start(end + 1), tokens.end(end + 1)))) {
                end++;
            }
            if ((t > 0 && tokens.spaced(t - 1, t) && isMeter(text, tokens, t - 1) || serialFollows(text, tokens.end(end)))
                    && !NameWords.anyInflectedName(text, tokens, words, t, end)) {
                for (int k = t; k <= end; k++) {
                    names[k] = false;
                }
            }
            t = end;
        }
    }

    private static boolean isMeter(String text, Tokens tokens, int t) {
        if (ENGLISH_METERS.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        for (var meter : METERS) {
            if (tokens.length(t) >= meter.length() && (Characters.regionMatchesIgnoringCase(text, tokens.start(t), meter)
                    || Characters.regionMatchesIgnoringCase(text, tokens.end(t) - meter.length(), meter))) {
                return true;
            }
        }
        return false;
    }

    /** " SN 01234567" right after the run, or after one code of letters and digits ("E360 SN 76543210"). */
    private static boolean serialFollows(String text, int end) {
        int at = end;
        if (at < text.length() && text.charAt(at) == ' ') {
            int code = at + 1;
            boolean digit = false;
            while (code < text.length() && Character.isLetterOrDigit(text.charAt(code))) {
                digit |= Character.isDigit(text.charAt(code));
                code++;
            }
            if (digit && startsSerial(text, code)) {
                return true;
            }
        }
        return startsSerial(text, at);
    }

    private static boolean startsSerial(String text, int at) {
        for (var serial : SERIALS) {
            if (text.startsWith(serial, at)) {
                return true;
            }
        }
        return false;
    }
}
