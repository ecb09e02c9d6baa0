package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The formulas that open and close a letter or a turn are no names, whatever the tagger reads in them: a greeting
 * opening a sentence or a speaker's turn before its comma ("Päivää, täällä…", "Agent: Hello, you're through to…"), a
 * letter's salutation before the one addressed ("Hyvä Pahkala,", "Kära Inga,"; the name stays) and a closing's
 * first word before its noun ending the line ("Vänliga hälsningar", "Ystävällisin terveisin"). Closed classes in
 * Finnish, Swedish and English.
 */
final class GreetingOpeners {

    /** A letter's salutation, before the addressee's capitalised name. */
    private static final WordSet SALUTATIONS = WordSet.of(Set.of("hyvä", "hyvät", "arvoisa", "bästa", "kära", "dear"));
    /** A closing's noun, after the adjective of its first word. */
    private static final WordSet CLOSINGS = WordSet.of(Set.of("terveisin", "terveisiä", "hälsningar", "hälsning",
            "regards", "wishes"));

    private GreetingOpeners() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && opens(text, tokens, t) && (isGreetingBeforeComma(text, tokens, t)
                    || isSalutation(text, tokens, t) || isClosing(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /** A sentence's first word, or a turn's after a speaker's colon ("Soittaja [00:00:05]: Päivää, …"). */
    private static boolean opens(String text, Tokens tokens, int t) {
        if (tokens.beginsSentence(t)) {
            return true;
        }
        int i = tokens.start(t) - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    private static boolean isGreetingBeforeComma(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.length(t) >= 3 && end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '!')
                && NamesAfterCues.isGreeting(text, tokens, t);
    }

    private static boolean isSalutation(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                && SALUTATIONS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** Before a closing's noun that ends its line or stands before a comma. */
    private static boolean isClosing(String text, Tokens tokens, int t) {
        if (t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !CLOSINGS.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
            return false;
        }
        int end = tokens.end(t + 1);
        return end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.charAt(end) == ',';
    }
}
