package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A building's part before the letter or number that tells it from the others: "Block B", "Wing C", "Level 4",
 * "Ward 4B", "Ward K3", "Outpatients Block C". Some of these words are surnames ("Block", "Ward", "Gate"), but a
 * person's name is not followed by a lone capital or a short number that ends the phrase; a letter before another
 * capitalised word is an initial ("Anna Block B. Smith"). The capitalised word before the part that is no name by the
 * lists names the building or the unit it belongs to ("Outpatients", "East") and is no person's either.
 */
final class BuildingParts {

    /** Parts of a building, a site or a hospital that are numbered or lettered. */
    private static final WordSet PARTS = WordSet.of(Set.of("block", "wing", "level", "floor", "ward", "gate", "stair",
            "staircase", "zone", "section", "unit", "bay", "tower", "annex", "annexe", "pavilion", "building"));
    /** A building's numbered or lettered part, {@code text[start, end)} in any case ("Block", "Level", "floor"). */
    static boolean isPart(String text, int start, int end) {
        return PARTS.contains(text, start, end);
    }

    /** The longest code after the part: "4B", "K3", "12", "C". */
    private static final int LONGEST_CODE = 3;

    private BuildingParts() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && PARTS.contains(text, tokens.start(t), tokens.end(t))
                    && isCodeAfter(text, tokens.end(t))) {
                names[t] = false;
                // "Outpatients Block C": the unit's word before the part, or the letter itself, where a rule took it.
                if (t + 1 < tokens.size() && tokens.start(t + 1) == tokens.end(t) + 1) {
                    names[t + 1] = false;
                }
                int before = t - 1;
                if (before >= 0 && names[before] && tokens.isCapitalised(before) && tokens.spaced(before, t)
                        && (words[before] == null || !NameWords.isAnyName(words[before]))) {
                    names[before] = false;
                }
            }
        }
    }

    /**
     * " B", " 4", " 12", " 4B", " K3" after {@code end}, ending the phrase: no letter or digit right after it, and no
     * capitalised word after a space.
     */
    private static boolean isCodeAfter(String text, int end) {
        int start = end + 1;
        if (start >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int i = start;
        // "K3": a capital before the digits, "4B": one after them, or a capital alone.
        boolean letterFirst = Character.isUpperCase(text.charAt(i));
        if (letterFirst) {
            i++;
        }
        int digits = i;
        while (i < text.length() && i - start < LONGEST_CODE && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (!letterFirst && i > digits && i < text.length() && Character.isUpperCase(text.charAt(i)) && i - start < LONGEST_CODE) {
            i++;
        }
        if (i == start || i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            return false;
        }
        // "Ward 12.3.": a date or a time after a surname, not a part's number.
        if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ':') && Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        // "Block B Smith", "Anna Block B. Smith": a capitalised word after the letter makes it an initial.
        int after = i < text.length() && text.charAt(i) == '.' && i > start && Character.isLetter(text.charAt(i - 1)) ? i + 1 : i;
        return !(after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1)));
    }
}
