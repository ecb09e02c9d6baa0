package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.Locale;

/**
 * A word written letter by letter: a run of at least {@value #LEAST} single letters, one space apart. Spelt for a
 * caller's bot ("Could you spell your last name? M O R E A U"), it is a name where the word it spells is one (to the
 * lexicon, or a word the message marks as a name): one finding over the run, valued as the name written whole, so
 * that it shares the name's placeholder. A heading printed that way ("V A L T A K I R J A",
 * "A U T H O R I S A T I O N") is no one's initials, whatever the rules and the name tagger read in its capitals.
 * Initials are written with dots ("J. R.") or stand alone by a name.
 */
final class LetterSpacedWords {

    private static final int LEAST = 4;
    private static final int[] NONE = {};

    private LetterSpacedWords() {
    }

    /** Marks the runs that spell a name and takes the marks off the others; returns the first and last word of each name's run. */
    static int[] mark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        int n = tokens.size();
        int[] spelt = NONE;
        int count = 0;
        for (int s = 0; s < n; ) {
            int last = s;
            while (isLetter(text, tokens, last) && last + 1 < n && isLetter(text, tokens, last + 1)
                    && tokens.start(last + 1) - tokens.end(last) == 1 && tokens.spaced(last, last + 1)) {
                last++;
            }
            if (last - s + 1 >= LEAST) {
                boolean name = spellsAName(text, tokens, lexicon, names, s, last);
                Arrays.fill(names, s, last + 1, name);
                if (name) {
                    spelt = count + 2 > spelt.length ? Arrays.copyOf(spelt, count + 8) : spelt;
                    spelt[count++] = s;
                    spelt[count++] = last;
                }
            }
            s = last + 1;
        }
        return Arrays.copyOf(spelt, count);
    }

    /** The finding of the name spelt by words {@code first} to {@code last}. */
    static Finding finding(String text, Tokens tokens, NameLexicon lexicon, int first, int last) {
        var spelt = word(text, tokens, first, last);
        var reading = lexicon.lookup(spelt, 0, spelt.length());
        var value = reading.base() != null && reading.isName() ? reading.base() : spelt.toLowerCase(Locale.ROOT);
        return new Finding(EntityType.NAME, tokens.start(first), tokens.end(last), value);
    }

    private static boolean spellsAName(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int first, int last) {
        var spelt = word(text, tokens, first, last);
        if (lexicon.lookup(spelt, 0, spelt.length()).isName()) {
            return true;
        }
        var lower = spelt.toLowerCase(Locale.ROOT);
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (t < first || t > last) && tokens.is(t, lower)) {
                return true;
            }
        }
        return false;
    }

    /** The letters as one capitalised word, as the name would be written ("Moreau"). */
    private static String word(String text, Tokens tokens, int first, int last) {
        var word = new StringBuilder(last - first + 1);
        for (int t = first; t <= last; t++) {
            char c = text.charAt(tokens.start(t));
            word.append(t == first ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return word.toString();
    }

    private static boolean isLetter(String text, Tokens tokens, int t) {
        return tokens.length(t) == 1 && Character.isLetter(text.charAt(tokens.start(t)));
    }
}
