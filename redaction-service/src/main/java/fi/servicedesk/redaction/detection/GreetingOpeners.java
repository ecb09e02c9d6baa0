package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The formulas that open and close a letter or a turn are no names, whatever the tagger reads in them: a greeting
 * opening a sentence or a speaker's turn before its comma ("Päivää, täällä…", "Agent: Hello, you're through to…"), a
 * letter's salutation before the one addressed ("Hyvä Pahkala,", "Kära Inga,"; the name stays), a greeting's word
 * for everyone after it ("Hej alla,", "Bonjour à tous,") and a closing's words before its noun ending the line
 * ("Vänliga hälsningar", "Ystävällisin terveisin", "Bien à vous,"), the noun too where a language capitalises it
 * ("Viele Grüße", "Mit freundlichen Grüßen"). Closed classes in Finnish, Swedish and English, and in the languages
 * mail to a Finnish service desk mixes in (German, French, Estonian, Spanish, Italian).
 */
final class GreetingOpeners {

    /** A letter's salutation, before the addressee's capitalised name. */
    private static final WordSet SALUTATIONS = WordSet.of(Set.of("hyvä", "hyvät", "arvoisa", "bästa", "kära", "dear",
            "liebe", "lieber", "chère", "chers", "hea", "lugupeetud", "querido", "querida", "estimado", "estimada"));
    /** A closing's noun, after the words of its formula ("Med vänliga hälsningar", "Bien à vous"). */
    private static final WordSet CLOSINGS = WordSet.of(Set.of("terveisin", "terveisiä", "hälsningar", "hälsning",
            "regards", "wishes", "grüße", "grüßen", "gruß", "grüsse", "grüssen", "cordialement", "salutations", "vous",
            "lugupidamisega", "tervitustega", "soovidega", "saludos", "saluti"));
    /** The words of a closing's formula before its noun, at most: "Mit freundlichen Grüßen". */
    private static final int CLOSING_WORDS = 2;
    /** A greeting's word for everyone it greets ("Hei kaikki", "Hej alla", "Hallo zusammen", "Bonjour à tous"). */
    private static final WordSet EVERYONE = WordSet.of(Set.of("kaikki", "kaikille", "alla", "allihopa", "all", "everyone",
            "everybody", "zusammen", "allerseits", "tous", "toutes", "kõik", "todos", "tutti"));

    private GreetingOpeners() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (tokens.isCapitalised(t) && opens(text, tokens, t) && (isGreetingBeforeComma(text, tokens, t)
                    || isSalutation(text, tokens, t) || isClosing(text, tokens, t))
                    || isClosingNoun(text, tokens, t) || isEveryoneGreeted(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /**
     * A greeting's second word after the line's first ("Guten Tag Nilar Soe,"); asked after the rules that mark a name's
     * neighbours, which take it for the name's first part.
     */
    static void unmarkSecondWords(String text, Tokens tokens, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t] && tokens.spaced(t - 1, t) && opens(text, tokens, t - 1) && NamesAfterCues.isGreeting(text, tokens, t)) {
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

    /** Before a closing's noun, one or two words on, that ends its line or stands before a comma. */
    private static boolean isClosing(String text, Tokens tokens, int t) {
        for (int k = t + 1; k < tokens.size() && k - t <= CLOSING_WORDS && tokens.spaced(k - 1, k); k++) {
            if (isClosingNounEndingLine(text, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Viele Grüße", "Mit freundlichen Grüßen", "Lugupidamisega": the noun itself, capitalised as German writes it. */
    private static boolean isClosingNoun(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t) || !isClosingNounEndingLine(text, tokens, t)) {
            return false;
        }
        int first = t;
        while (first > 0 && t - first < CLOSING_WORDS && tokens.spaced(first - 1, first)) {
            first--;
        }
        return opens(text, tokens, first);
    }

    private static boolean isClosingNounEndingLine(String text, Tokens tokens, int k) {
        if (!CLOSINGS.contains(text, tokens.start(k), tokens.end(k))) {
            return false;
        }
        int end = tokens.end(k);
        return end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.charAt(end) == ',';
    }

    /** "Hej alla,", "Bonjour à tous,": the word for everyone, a word or two after a greeting. */
    private static boolean isEveryoneGreeted(String text, Tokens tokens, int t) {
        if (!EVERYONE.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        return t > 0 && tokens.spaced(t - 1, t) && NamesAfterCues.isGreeting(text, tokens, t - 1)
                || t > 1 && tokens.spaced(t - 2, t - 1) && tokens.spaced(t - 1, t) && tokens.length(t - 1) <= 2
                && NamesAfterCues.isGreeting(text, tokens, t - 2);
    }
}
