package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.Set;

/**
 * The line a mail client writes above a quoted reply, in its user's language: "On Tue, 3 Nov 2026 at 14:02, Given
 * Surname &lt;addr&gt; wrote:", "Given Surname kirjoitti 3.11.2026 klo 14.02:", "Den tis 3 nov. 2026 kl 14:02 skrev
 * …", "Am Di., 3. Nov. 2026 um 14:02 Uhr schrieb …", "Le mar. 3 nov. 2026 à 14:02, … a écrit :", "… kirjutas
 * kuupäeval …", "El …, … escribió:", "Op … schreef …:", "Il giorno … ha scritto:", "Dnia … napisał(a):". The line holds
 * the verb of writing and ends at a colon; the one who wrote is the display name before the address, or without one
 * the capitalised words right after the verb up to the colon or right before the verb, and it is a name if its words
 * can be one ({@link MailHeaders#isDisplayName}). The line's other words are its date's and its client's ("Le", "Den",
 * "Am", "Uhr", "kuupäeval", "janv.") and no one's name; a line where no writer stands is left to the other rules.
 */
final class ReplyAttributions {

    /** The verbs of writing the clients put in the line, as tokens: "a écrit" is "écrit", "napisał(a)" "napisał". */
    private static final WordSet VERBS = WordSet.of(Set.of("wrote", "writes", "kirjoitti", "skrev", "schrieb", "écrit",
            "kirjutas", "escribió", "schreef", "scritto", "napisał", "napisała", "escreveu", "rakstīja", "parašė", "написал",
            "написала"));
    private static final int LONGEST_VERB = 9;
    /** Longer lines are a sentence that tells who wrote, no client's line. */
    private static final int LONGEST_LINE = 200;
    private static final int NAME_WORDS = 4;
    private static final int[] NONE = {};
    /**
     * {@link #find}'s entries: the line's first and last word, the first and last word where its writer stands, and 1 if
     * those words are a name ({@link MailHeaders#isDisplayName}), else 0: then another rule may know them.
     */
    private static final int ENTRY = 5;

    private ReplyAttributions() {
    }

    static boolean mayHoldAttributions(Text message) {
        return message.has(':') && message.has('\n');
    }

    /** The attribution lines of the text, in entries of {@value #ENTRY} (see {@link #ENTRY}). */
    static int[] find(String text, Tokens tokens, NameLexicon.Word[] words) {
        int[] found = NONE;
        int count = 0;
        for (int v = 0; v < tokens.size(); v++) {
            if (tokens.length(v) > LONGEST_VERB || !tokens.isLowerCase(v) || !VERBS.contains(text, tokens.start(v), tokens.end(v))) {
                continue;
            }
            int start = Characters.lineStart(text, tokens.start(v));
            int end = Characters.lineEnd(text, tokens.end(v));
            String line = text.substring(start, end).strip();
            if (!line.endsWith(":") || line.length() > LONGEST_LINE) {
                continue;
            }
            int first = v;
            while (first > 0 && tokens.start(first - 1) >= start) {
                first--;
            }
            int last = v;
            while (last + 1 < tokens.size() && tokens.start(last + 1) < end) {
                last++;
            }
            int[] place = writer(text, tokens, first, v, last);
            if (place == null) {
                continue;
            }
            if (count + ENTRY > found.length) {
                found = Arrays.copyOf(found, Math.max(ENTRY * 4, found.length * 2));
            }
            found[count] = first;
            found[count + 1] = last;
            found[count + 2] = place[0];
            found[count + 3] = place[1];
            found[count + 4] = MailHeaders.isDisplayName(text, tokens, words, place[0], place[1]) ? 1 : 0;
            count += ENTRY;
            v = last;
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /**
     * Where the one who wrote stands, as its first and last word, or null: the capitalised words before the address,
     * or without one right after the verb up to the colon, or right before the verb.
     */
    private static int[] writer(String text, Tokens tokens, int first, int verb, int last) {
        for (int t = first; t <= last; t++) {
            if (t != verb && tokens.isCapitalised(t) && beforeAddress(text, tokens.end(t))) {
                return new int[] {runEndingAt(text, tokens, first, t), t};
            }
        }
        if (verb < last && last - verb <= NAME_WORDS && tokens.spaced(verb, verb + 1) && colonEndsLine(text, tokens.end(last))
                && capitalisedRun(text, tokens, verb + 1, last)) {
            return new int[] {verb + 1, last};
        }
        if (verb > first && tokens.isCapitalised(verb - 1) && tokens.spaced(verb - 1, verb)) {
            return new int[] {runEndingAt(text, tokens, first, verb - 1), verb - 1};
        }
        return null;
    }

    /**
     * The first of the spaced words (up to {@value #NAME_WORDS}) that end at {@code t}, each capitalised or a surname's
     * particle inside ("Friedrich van den Broek").
     */
    private static int runEndingAt(String text, Tokens tokens, int first, int t) {
        int from = t;
        while (from > first && t - from + 1 < NAME_WORDS + 2 && tokens.spaced(from - 1, from)
                && (tokens.isCapitalised(from - 1) || SurnameParticles.isParticle(text, tokens, from - 1))) {
            from--;
        }
        while (from < t && SurnameParticles.isParticle(text, tokens, from)) {
            from++;
        }
        return from;
    }

    /** Spaced words from {@code from} to {@code to}, each capitalised or a surname's particle ("Anne de Vries"). */
    private static boolean capitalisedRun(String text, Tokens tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (k > from && !tokens.spaced(k - 1, k)
                    || !tokens.isCapitalised(k) && !SurnameParticles.isParticle(text, tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** An address in brackets after the word: " &lt;addr&gt;", " (addr)", " [mailto:addr]", a quote's end between. */
    private static boolean beforeAddress(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
            i++;
        }
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        char open = text.charAt(i + 1);
        if (open != '<' && open != '(' && open != '[') {
            return false;
        }
        int close = i + 2;
        while (close < text.length() && close < i + 2 + 100 && text.charAt(close) != '\n' && text.charAt(close) != ' '
                && text.charAt(close) != '>' && text.charAt(close) != ')' && text.charAt(close) != ']') {
            if (text.charAt(close) == '@') {
                return true;
            }
            close++;
        }
        return false;
    }

    private static boolean colonEndsLine(String text, int end) {
        int i = Characters.afterSpaces(text, end);
        return i < text.length() && text.charAt(i) == ':';
    }

    /** Marks the one who wrote each attribution line; a surname's particle is {@link SurnameParticles}'. */
    static void markWriters(String text, Tokens tokens, boolean[] names, int[] attributions) {
        for (int i = 0; i < attributions.length; i += ENTRY) {
            for (int k = attributions[i + 2]; k <= attributions[i + 3] && attributions[i + 4] == 1; k++) {
                names[k] |= !SurnameParticles.isParticle(text, tokens, k);
            }
        }
    }

    /** Takes the mark off each attribution line's words but where its writer stands: its opening's, its date's and its verb's. */
    static void unmarkTheRest(boolean[] names, int[] attributions) {
        for (int i = 0; i < attributions.length; i += ENTRY) {
            for (int k = attributions[i]; k <= attributions[i + 1]; k++) {
                if (k < attributions[i + 2] || k > attributions[i + 3]) {
                    names[k] = false;
                }
            }
        }
    }
}
