package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A phone's model is its maker's name, the series' words and a model code: "Xiaomi Redmi Note 13", "OnePlus Nord
 * CE4", "Motorola moto g54", "Doro 8100", "Samsung Galaxy A25". A work-phone list or a handover receipt names one
 * per person, and the series' words ("Nord", "Note", "Redmi") read as names to the lists or the tagger. A phone
 * maker's name and up to three words after it, spaced, before a code with a digit, are the model's, no one's.
 */
final class HandsetModels {

    /** Makers of phones sold under their own name, in lower case. */
    private static final WordSet MAKERS = WordSet.of(Set.of("samsung", "apple", "nokia", "motorola", "xiaomi", "redmi",
            "oneplus", "doro", "huawei", "oppo", "vivo", "realme", "honor", "fairphone", "sony", "google", "tecno",
            "infinix", "itel", "zte", "alcatel", "poco", "emporia"));
    /** A model's variant after its code. */
    private static final WordSet VARIANTS = WordSet.of(Set.of("pro", "plus", "max", "ultra", "lite", "mini", "edge", "prime"));
    /** The most words of a series between the maker and the model code ("Galaxy XCover", "Redmi Note"). */
    private static final int MOST_SERIES_WORDS = 3;

    private HandsetModels() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!MAKERS.contains(text, tokens.start(t), tokens.end(t))) {
                continue;
            }
            for (int last = t; last < tokens.size() && last - t <= MOST_SERIES_WORDS; last++) {
                if (last > t && !tokens.spaced(last - 1, last)) {
                    break;
                }
                if (codeFollows(text, tokens.end(last))) {
                    for (int k = t; k <= last; k++) {
                        names[k] = false;
                    }
                    // "Redmi Note 12 Pro": the model's variant after its code
                    if (last + 1 < tokens.size() && VARIANTS.contains(text, tokens.start(last + 1), tokens.end(last + 1))) {
                        names[last + 1] = false;
                    }
                    break;
                }
            }
        }
    }

    /** A space and then a code with a digit in it: "13", "CE4", "g54", "8100", "A25". */
    private static boolean codeFollows(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        for (int i = end + 1; i < text.length() && Character.isLetterOrDigit(text.charAt(i)); i++) {
            if (Scan.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
