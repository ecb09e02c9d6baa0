package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A hotel's name is its chain's or the word "Hotel" with the name it bears, after it or before it: "Hotel Aleksanteri",
 * "Break Sokos Hotel Eden", "Radisson Blu Royal", "Scandic Simonkenttä", "Premier Inn Leeds City", "Lapland Hotels Oulu".
 * Hotels are named after people, places and virtues, which the name lists and the model read as names; beside the
 * hotel's word or its chain they are the hotel's. The words are a closed class: the word for a hotel in the three
 * languages and the chains that write their brand before the hotel's own name. Only capitalised words spaced from the
 * hotel's word are taken ("Hotel\nAnna Virtanen" signs a letter; "the hotel Anna booked" is lower case), and none
 * after an ordinary English word that follows the hotel's word: a subject line in title case ("Hotel Booking Anna
 * Virtanen") names the guest after it, not the hotel.
 */
final class Hotels {

    /** A hotel's word, capitalised in its name: the name it bears follows it ("Hotel Eden") or stands before it ("Eden Hotel"). */
    private static final WordSet HOTEL_WORDS = WordSet.of(Set.of("hotel", "hotels", "hotell", "hotelli", "hostel",
            "motel", "inn"));
    /**
     * Chains that write their brand before the hotel's name ("Radisson Blu Royal", "Scandic Simonkenttä", "Original
     * Sokos Hotel Vaakuna"); not those named after their founders ("Hilton", "Marriott"), which are people's surnames too.
     */
    private static final WordSet CHAINS = WordSet.of(Set.of("radisson", "scandic", "sokos", "clarion", "novotel", "ibis",
            "sheraton", "cumulus", "travelodge"));
    /** The most capitalised words of the name after the hotel's word or chain ("Premier Inn Leeds City Centre"). */
    private static final int LONGEST_NAME = 3;
    /** The most capitalised words before the hotel's word ("Break Sokos Hotel", "Lapland Hotels"). */
    private static final int LONGEST_BRAND = 2;

    private Hotels() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            boolean hotel = HOTEL_WORDS.contains(text, tokens.start(t), tokens.end(t));
            if (!hotel && !CHAINS.contains(text, tokens.start(t), tokens.end(t))) {
                continue;
            }
            names[t] = false;
            for (int k = t - 1; hotel && k >= 0 && t - k <= LONGEST_BRAND && tokens.spaced(k, k + 1) && tokens.isCapitalised(k); k--) {
                names[k] = false;
            }
            if (t + 1 < n && EnglishWords.holdsOnlyAsWord(text, tokens, words[t + 1], t + 1)) {
                continue;
            }
            for (int k = t + 1; k < n && k - t <= LONGEST_NAME && tokens.spaced(k - 1, k) && tokens.isCapitalised(k); k++) {
                names[k] = false;
            }
        }
    }
}
