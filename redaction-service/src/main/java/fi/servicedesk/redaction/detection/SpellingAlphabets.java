package fi.servicedesk.redaction.detection;

/**
 * "S as in Sierra, J as in Juliett", "T niin kuin Tyyne, K niin kuin Kalle", "S som i Sigurd", "S for Sugar": a
 * caller spelling a tag, a host or a surname letter by letter names a word of a spelling alphabet after each letter.
 * Those words are given names (the Finnish alphabet's Tyyne, Kalle, Urho; the Swedish one's Sigurd, Olof, Ludvig; the
 * English one's Victor, Oscar, Juliett), but no one's: the word after a single letter and "as in", "niin kuin",
 * "kuin" or "som i", or after a capital letter and "for", is the letter's word if it begins with the letter; after
 * "I" or "A", which are English words ("I for one think Matti …"), only where the spelling goes on from a letter
 * spelt before it ("D for Delta, A for Alfa"); never a word of another initial ("Plan B for Matti"). The letter
 * itself is then no initial.
 */
final class SpellingAlphabets {

    private SpellingAlphabets() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if ((names[t] || names[t - 2] || names[t - 3 < 0 ? t : t - 3]) && tokens.spaced(t - 1, t)
                    && isSpeltLetter(text, tokens, t) && sharesItsInitial(text, tokens, t)) {
                // The letter spelt is no initial either ("U for Uniform" spells a letter of a surname).
                names[t] = false;
                names[spelt(tokens, t)] = false;
            }
        }
    }

    /** The word at {@code t} follows "X as in", "X niin kuin", "X kuin" or "X for" with a single letter X. */
    private static boolean isSpeltLetter(String text, Tokens tokens, int t) {
        if (tokens.is(t - 1, "kuin")) {
            return isLetter(tokens, t - 2) && tokens.spaced(t - 2, t - 1)
                    || t >= 3 && tokens.is(t - 2, "niin") && isLetter(tokens, t - 3) && tokens.spaced(t - 3, t - 2);
        }
        if (tokens.is(t - 1, "in") || tokens.is(t - 1, "i")) {
            // "as in" and Swedish "som i"
            return t >= 3 && (tokens.is(t - 1, "in") ? tokens.is(t - 2, "as") : tokens.is(t - 2, "som"))
                    && isLetter(tokens, t - 3) && tokens.spaced(t - 3, t - 2) && tokens.spaced(t - 2, t - 1);
        }
        if (tokens.is(t - 1, "for")) {
            char letter = text.charAt(tokens.start(t - 2));
            return isLetter(tokens, t - 2) && Character.isUpperCase(letter) && tokens.spaced(t - 2, t - 1)
                    && (letter != 'I' && letter != 'A' || goesOnFromASpeltWord(text, tokens, t - 2));
        }
        return false;
    }

    /** "D for Delta, A for Alfa": the letter at {@code letter} comes after a comma and a word spelt with "for". */
    private static boolean goesOnFromASpeltWord(String text, Tokens tokens, int letter) {
        int word = letter - 1;
        return word >= 2 && text.startsWith(", ", tokens.end(word)) && tokens.start(letter) == tokens.end(word) + 2
                && tokens.is(word - 1, "for") && isSpeltLetter(text, tokens, word) && sharesItsInitial(text, tokens, word);
    }

    /**
     * The word begins with the letter it spells ("S as in Sierra", "T niin kuin Tyyne"); "Plan B for Matti" names
     * Matti. The letter is the first single-letter word in the three before.
     */
    private static boolean sharesItsInitial(String text, Tokens tokens, int t) {
        int k = spelt(tokens, t);
        return k >= 0 && Character.toLowerCase(text.charAt(tokens.start(k))) == Character.toLowerCase(text.charAt(tokens.start(t)));
    }

    /** The letter the word at {@code t} spells: the first single-letter word in the three before; -1 if none. */
    private static int spelt(Tokens tokens, int t) {
        for (int k = t - 2; k >= 0 && k >= t - 3; k--) {
            if (isLetter(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLetter(Tokens tokens, int t) {
        return tokens.length(t) == 1;
    }
}
