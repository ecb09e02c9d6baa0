package fi.servicedesk.redaction.detection;

/**
 * Finnish writes a case ending after an apostrophe where a foreign name ends in a letter it does not say ("Dubois'n",
 * "Moreau'lle", "Benoît'n puolesta"): the ending is the name's, so the name's finding takes it in (R3.2) rather than leave
 * it after the placeholder. The words end at such an apostrophe ({@link Tokens#joins}), so the rules mark the stem alone.
 */
final class CaseEndingsAfterApostrophes {

    private CaseEndingsAfterApostrophes() {
    }

    /**
     * Where the name ending at {@code nameEnd} ends with its case ending: after an apostrophe and a Finnish case ending in
     * lower case that ends the word; {@code nameEnd} where none follows.
     */
    static int end(String text, int nameEnd) {
        if (nameEnd + 1 >= text.length() || text.charAt(nameEnd) != '\'' && text.charAt(nameEnd) != '’') {
            return nameEnd;
        }
        int end = nameEnd + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return NameWords.isCaseEnding(text, nameEnd + 1, end) ? end : nameEnd;
    }
}
