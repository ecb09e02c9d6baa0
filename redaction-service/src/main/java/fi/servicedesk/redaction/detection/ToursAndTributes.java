package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A performer's name before the word of the show made of it is the show's, not a person's: a tour, a tribute, an
 * evening of someone's songs, a band led by someone ("Kaija Koo -kiertue 2027", "J. Karjalaisen kesäkiertue", "Irwin
 * Goodman -tribuutti", "Vesterinen yhtyeineen", "Evert Taube-afton", "Veronica Maggio arenaturné", "the Sam Fender UK
 * tour", "Juice Leskinen Tribute Band", "Elvis Tribute: Ben Portsmouth"). A ticket office or a concert hall writes its
 * shows so; no one writes a private person so. The head must be joined to the name as a show's name joins it: by a
 * hyphen opening the head, in one word with a hyphen, an English or Swedish head right after the name, or a Finnish
 * head after the name in the genitive (whose show it is) — not "Kerroin Anna Virtaselle konsertista", where the name is
 * in another case, nor "kiertuemanageri Anna Virtanen", whose head stands before. A concert in the genitive is no cue
 * ("Aino Virtasen konsertti" is also a pupil's recital), nor a bare "tour" ("Anna Lee tour of the new office"): "tour"
 * needs a show's word before it or a year after it, and no "of" or role after.
 */
final class ToursAndTributes {

    /**
     * Heads joined by a hyphen, in the name's word in lower case or opening the next ("Taube-afton", "Irwin Goodman
     * -tribuutti"; not the given name "Kyllikki-Ilta").
     */
    private static final List<String> HYPHENED_HEADS = List.of("kiertue", "tribuut", "konsert", "ilta", "keikka",
            "keikan", "keikall", "afton", "kväll", "turné", "tribute", "show");
    /**
     * Heads of a show after the name in the genitive, as a compound's end ("Popedan jäähyväiskiertue"); not "keikka",
     * also a tradesman's job ("hoiti Bettencourtin keikan"), nor "konsertti", also a pupil's recital.
     */
    private static final List<String> GENITIVE_HEADS = List.of("kiertue", "kiertueen", "kiertueelle", "kiertueella",
            "kiertueelta", "kiertueeseen", "kiertueesta", "tribuutti", "tribuutin", "tribuuttiin");
    /** Swedish tours after the name, uninflected or as a compound's end ("Laleh sommarturné", "– Sverigeturné"). */
    private static final List<String> SWEDISH_TOURS = List.of("turné", "turnén", "turnéer");
    /** A whole word that makes a show of the name before it ("tour", "yhtyeineen": with his or her band). */
    private static final WordSet HEADS = WordSet.of(Set.of("tour", "tribute", "yhtyeineen", "bändeineen",
            "orkestereineen"));
    /** Words between the name and the tour's word ("the Lewis Capaldi arena tour", "the Sam Fender UK tour"). */
    private static final WordSet MODIFIERS = WordSet.of(Set.of("arena", "stadium", "farewell", "summer", "winter",
            "spring", "autumn", "world", "european", "reunion", "anniversary", "comeback", "uk", "us", "eu", "nordic",
            "headline", "acoustic"));
    /**
     * After "tour" a person's role or what is toured, and the name before it a person's ("Anna Virtanen tour guide",
     * "Anna Lee summer tour of the office").
     */
    private static final WordSet ROLES_AFTER_TOUR = WordSet.of(Set.of("guide", "guides", "leader", "operator", "of"));
    /** A tour's year after it ("tour 2027"). */
    private static final Pattern YEAR = Pattern.compile(" (19|20)\\d\\d\\b");
    /** A show's name is short: "Leevi and the Leavings", "Elvis Tribute: Ben Portsmouth". */
    private static final int LONGEST_ACT = 4;

    private ToursAndTributes() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            // Only a hyphened word's head is read in lower case: a copy of every word cost every message.
            boolean hyphened = Characters.indexOf(text, '-', start, end) >= 0;
            String word = hyphened || hyphenOpens(text, tokens, t) ? text.substring(start, end).toLowerCase(Locale.ROOT)
                    : "";
            int hyphen = word.lastIndexOf('-');
            if (hyphen > 0 && tokens.isCapitalised(t)
                    && Character.isLowerCase(text.charAt(tokens.start(t) + hyphen + 1))
                    && Characters.startsWithAny(word.substring(hyphen + 1), HYPHENED_HEADS)) {
                names[t] = false;
                unmarkActBefore(text, tokens, names, t);
            } else if (hyphenOpens(text, tokens, t) && Characters.startsWithAny(word, HYPHENED_HEADS)) {
                unmarkActBefore(text, tokens, names, t);
            } else if (HEADS.contains(text, tokens.start(t), tokens.end(t)) && namesAShow(text, tokens, t)) {
                unmarkTribute(text, tokens, names, t);
                unmarkActBefore(text, tokens, names, skipModifiers(text, tokens, t));
            } else if (endsWithAny(text, start, end, SWEDISH_TOURS) && t > 0
                    && (tokens.spaced(t - 1, t) || dashBefore(text, tokens, t))
                    || endsWithAny(text, start, end, GENITIVE_HEADS) && dashBefore(text, tokens, t)) {
                // "Håkan Hellström – Sverigeturné", "Apulanta – Areenakiertue": the tour's own word is no one's either.
                names[t] = false;
                unmarkActBefore(text, tokens, names, t);
            } else if (endsWithAny(text, start, end, GENITIVE_HEADS) && t > 0 && tokens.spaced(t - 1, t)
                    && tokens.isLowerCase(t)
                    && text.charAt(tokens.end(t - 1) - 1) == 'n') {
                unmarkActBefore(text, tokens, names, t);
            }
        }
    }

    /**
     * Takes the mark off the capitalised words and initials right before {@code head}, up to {@link #LONGEST_ACT} of
     * them, joined as a band's name joins them ("J. Karjalainen", "Leevi and the Leavings", "Florence + the Machine").
     */
    private static void unmarkActBefore(String text, Tokens tokens, boolean[] names, int head) {
        int taken = 0;
        for (int k = head - 1; k >= 0 && taken < LONGEST_ACT; k--) {
            if (!joinsAct(text, tokens, k, k + 1 == head)) {
                return;
            }
            if (tokens.isCapitalised(k) || NameWords.isInitial(text, tokens, k)) {
                names[k] = false;
                taken++;
            } else if (!isConnector(tokens, k)) {
                return;
            }
        }
    }

    /** The word {@code k} and the one after it are one act's, or the act's last word and its head. */
    private static boolean joinsAct(String text, Tokens tokens, int k, boolean beforeHead) {
        if (tokens.spaced(k, k + 1)
                || beforeHead && (dashBefore(text, tokens, k + 1) || hyphenOpens(text, tokens, k + 1))) {
            return true;
        }
        String gap = text.substring(tokens.end(k), tokens.start(k + 1));
        return NameWords.isInitial(text, tokens, k) && gap.equals(". ") || gap.equals(" + ");
    }

    /** "and", "the", "&", "ja", "och" inside a band's name ("Leevi and the Leavings"). */
    private static boolean isConnector(Tokens tokens, int k) {
        return tokens.is(k, "and") || tokens.is(k, "the") || tokens.is(k, "ja") || tokens.is(k, "och");
    }

    /** "Tribute Band", "Tribute: Ben Portsmouth": the act's name goes on after the word. */
    private static void unmarkTribute(String text, Tokens tokens, boolean[] names, int t) {
        if (!tokens.is(t, "tribute")) {
            return;
        }
        names[t] = false;
        for (int k = t + 1, taken = 0; k < tokens.size() && taken < LONGEST_ACT && tokens.isCapitalised(k)
                && (tokens.spaced(k - 1, k) || k == t + 1 && text.startsWith(": ", tokens.end(t))); k++, taken++) {
            names[k] = false;
        }
    }

    /** The word before "tour" after the modifiers between ("the Sam Fender UK tour" → "UK"): the act ends before it. */
    private static int skipModifiers(String text, Tokens tokens, int t) {
        int head = t;
        while (head > 0 && tokens.spaced(head - 1, head)
                && MODIFIERS.contains(text, tokens.start(head - 1), tokens.end(head - 1))) {
            head--;
        }
        return head;
    }

    /**
     * "tour" makes a show only after a show's word or before a year ("the Sam Fender UK tour", "tour 2027"),  and never
     * before a role or "of"; the other heads always do.
     */
    private static boolean namesAShow(String text, Tokens tokens, int t) {
        if (!tokens.is(t, "tour")) {
            return true;
        }
        boolean roleAfter = t + 1 < tokens.size() && tokens.spaced(t, t + 1)
                && ROLES_AFTER_TOUR.contains(text, tokens.start(t + 1), tokens.end(t + 1));
        boolean yearAfter = YEAR.matcher(text).region(tokens.end(t), Math.min(text.length(), tokens.end(t) + 6))
                .lookingAt();
        return !roleAfter && (yearAfter || skipModifiers(text, tokens, t) < t);
    }

    /** Whether the word {@code text[start, end)} ends, in any case, with any of {@code suffixes} (lower case). */
    private static boolean endsWithAny(String text, int start, int end, List<String> suffixes) {
        for (int i = 0; i < suffixes.size(); i++) {
            int from = end - suffixes.get(i).length();
            if (from >= start && Characters.regionMatchesIgnoringCase(text, from, suffixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** " -kiertue": a hyphen right before the word, a space before the hyphen. */
    private static boolean hyphenOpens(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return start >= 2 && text.charAt(start - 1) == '-' && text.charAt(start - 2) == ' ';
    }

    /** " – Sverigeturné": a dash between spaces right before the word. */
    private static boolean dashBefore(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        char dash = start >= 2 ? text.charAt(start - 2) : ' ';
        return start >= 3 && text.charAt(start - 1) == ' ' && (dash == '–' || dash == '-')
                && text.charAt(start - 3) == ' ';
    }
}
