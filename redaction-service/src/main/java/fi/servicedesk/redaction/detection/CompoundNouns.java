package fi.servicedesk.redaction.detection;

/**
 * "Karhu-tiimi", "Citrix-oikeudet", "Sampo-pankki-oikeudet", "Toivo-hanke": a capitalised word joined by a
 * hyphen to a word in lower case is a Finnish compound whose last part says what it is, a team, rights, a
 * project, a bank; a person's double name has a capital after each hyphen ("Engström-Keränen", "Anna-Liisa").
 */
final class CompoundNouns {

    private CompoundNouns() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && endsInLowerCasePart(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    /** A hyphen inside the word and a letter in lower case after the last one. */
    private static boolean endsInLowerCasePart(String text, int start, int end) {
        int hyphen = text.lastIndexOf('-', end - 1);
        return hyphen > start && hyphen + 1 < end && Character.isLowerCase(text.charAt(hyphen + 1));
    }
}
