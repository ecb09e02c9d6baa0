package fi.servicedesk.redaction.detection;

/**
 * "Karhu-tiimi", "Citrix-oikeudet", "Sampo-pankki-oikeudet", "Toivo-hanke": a capitalised word joined by a
 * hyphen to a word in lower case is a Finnish compound whose last part says what it is, a team, rights, a
 * project, a bank; a person's double name has a capital after each hyphen ("Engström-Keränen", "Anna-Liisa").
 * The last part must be an ordinary Finnish word to Voikko: a Korean given name is written with a hyphen and a
 * syllable in lower case that is no word ("Ji-woo", "Min-jun").
 */
final class CompoundNouns {

    private CompoundNouns() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && endsInLowerCaseWord(text, tokens.start(t), tokens.end(t), lexicon)) {
                names[t] = false;
            }
        }
    }

    /** A hyphen inside the word, and after the last one a word in lower case that Voikko knows as no name. */
    private static boolean endsInLowerCaseWord(String text, int start, int end, NameLexicon lexicon) {
        int hyphen = text.lastIndexOf('-', end - 1);
        if (hyphen <= start || hyphen + 1 >= end || !Character.isLowerCase(text.charAt(hyphen + 1))) {
            return false;
        }
        var lastPart = lexicon.lookup(text, hyphen + 1, end);
        return lastPart.is(NameLexicon.Word.COMMON) && !lastPart.isName();
    }
}
