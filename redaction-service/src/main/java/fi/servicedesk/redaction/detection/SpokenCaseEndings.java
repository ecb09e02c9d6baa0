package fi.servicedesk.redaction.detection;

/**
 * Spoken Finnish, and chat and speech-to-text written as it is spoken, clips a case ending's vowel and shortens the
 * clitics ("soitin pirjoll" for Pirjolle, "kysy vaikka lindqvistilt", "Heikkisess…", "jussiki", "marjakaa" for Marjan
 * kanssa, "laurilla-ha"): a word no one knows as written is a name when the written form, the vowel given back and
 * the clitic dropped, is (R3.2, R8.2): only a name in lower case ("pirjoll"), a name inside a sentence when
 * capitalised. An ordinary word stays whatever its ending ("sielt koulult", "kirjastolt"), and so does a job title
 * ("jurist", "analyst").
 */
final class SpokenCaseEndings {

    /** Spoken clitics, dropped: "-kaa/-kää" (kanssa, or -kaan), "-ki" (-kin), "-ha/-hä" (-han). */
    private static final String[] CLITICS = {"kaa", "kää", "ki", "ha", "hä"};
    /** The shortest word worth a second look: a stem of three letters and a clipped ending. */
    private static final int SHORTEST = 5;

    private SpokenCaseEndings() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            // Most words are known as written or end in none of the clipped forms: those tests first.
            var w = words[t];
            if (names[t] || w == null || w.isKnown() || tokens.length(t) < SHORTEST || !mayBeClipped(text, tokens.end(t))) {
                continue;
            }
            var written = writtenForm(text.substring(tokens.start(t), tokens.end(t)));
            // A job title as written is the post beside the name, not a clipped name: Swedish writes titles in lower
            // case ("överlämnat till jurist Aino Berg", "biträdande jurist"), and "jurist" would read as "Jurista".
            if (written == null || JobTitles.isHead(text, tokens, words, t)) {
                continue;
            }
            var read = lexicon.lookup(written, 0, written.length());
            boolean lower = tokens.isLowerCase(t);
            if (lower ? read.isOnlyNameInLowerCase() : read.isOnlyName() || read.isName() && !tokens.beginsSentence(t)) {
                names[t] = true;
                words[t] = read;
            }
        }
    }

    /** Ends in "l", "t", "s", "a", "ä" or "i": every clipped form and clitic here does. */
    private static boolean mayBeClipped(String text, int end) {
        char last = text.charAt(end - 1);
        return last == 'l' || last == 't' || last == 's' || last == 'a' || last == 'ä' || last == 'i';
    }

    /** The written form of a clipped word, or null where nothing was clipped: "pirjoll" → "pirjolle". */
    static String writtenForm(String word) {
        var stem = word;
        for (var clitic : CLITICS) {
            if (stem.endsWith(clitic) && stem.length() - clitic.length() >= SHORTEST - 2) {
                stem = stem.substring(0, stem.length() - clitic.length());
                break;
            }
        }
        boolean back = hasBackVowel(stem);
        if (stem.endsWith("ll")) {
            return stem + "e";
        }
        if (stem.endsWith("lt") || stem.endsWith("ss") || stem.endsWith("st")) {
            return stem + (back ? "a" : "ä");
        }
        return stem.length() < word.length() ? stem : null;
    }

    /** Finnish vowel harmony: a back vowel anywhere in the word's last part takes "-a", else "-ä". */
    private static boolean hasBackVowel(String word) {
        for (int i = word.length() - 1; i >= 0 && word.charAt(i) != '-'; i--) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c == 'a' || c == 'o' || c == 'u') {
                return true;
            }
        }
        return false;
    }
}
