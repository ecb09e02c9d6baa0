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

    /** The runs that spell a name: each run's first and last word ({@code runs}, two a run) and the name's value. */
    record Spelt(int[] runs, String[] values) {

        static final Spelt NONE = new Spelt(new int[0], new String[0]);

        /** The finding of the name spelt by run {@code run} (an even index of {@link #runs}). */
        Finding finding(Tokens tokens, int run) {
            return new Finding(EntityType.NAME, tokens.start(runs[run]), tokens.end(runs[run + 1]), values[run / 2]);
        }
    }

    private LetterSpacedWords() {
    }

    /** Marks the runs that spell a name and takes the marks off the others; returns the names' runs. */
    static Spelt mark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        int n = tokens.size();
        int[] runs = null;
        String[] values = null;
        int count = 0;
        for (int s = 0; s < n; ) {
            int last = s;
            while (isLetter(text, tokens, last) && last + 1 < n && isLetter(text, tokens, last + 1)
                    && tokens.start(last + 1) - tokens.end(last) == 1 && tokens.spaced(last, last + 1)) {
                last++;
            }
            if (last - s + 1 >= LEAST) {
                var value = nameSpelt(text, tokens, lexicon, names, s, last);
                Arrays.fill(names, s, last + 1, value != null);
                if (value != null) {
                    if (runs == null || count + 2 > runs.length) {
                        runs = runs == null ? new int[8] : Arrays.copyOf(runs, count + 8);
                        values = values == null ? new String[4] : Arrays.copyOf(values, runs.length / 2);
                    }
                    runs[count] = s;
                    runs[count + 1] = last;
                    values[count / 2] = value;
                    count += 2;
                }
            }
            s = last + 1;
        }
        return runs == null ? Spelt.NONE : new Spelt(Arrays.copyOf(runs, count), Arrays.copyOf(values, count / 2));
    }

    /**
     * The value of the name spelt by words {@code first} to {@code last} (its base form where the lexicon reads a name,
     * else the word in lower case), or null where it spells none.
     */
    private static String nameSpelt(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int first, int last) {
        var spelt = word(text, tokens, first, last);
        var reading = lexicon.lookup(spelt, 0, spelt.length());
        var lower = spelt.toLowerCase(Locale.ROOT);
        if (reading.isName()) {
            return reading.base() != null ? reading.base() : lower;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (t < first || t > last) && tokens.is(t, lower)) {
                return lower;
            }
        }
        return null;
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
