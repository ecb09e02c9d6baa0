package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * A concert hall, a theatre, a room or a stage is written with the name it bears before its head: "Symphony Hall",
 * "Usher Hall", "Bridgewater Hall", "Boults Hall", "the Purcells Room", "Purcells Stage", "Nokia Arena", "Wasa
 * Theatre". Halls are named after patrons, places and virtues, which the lists and the model read as names, and
 * "Hall" is a surname too; before the head the word is the venue's, and the head with it. A given name before the
 * head, read as a name, makes the pair a person ("Jerry Hall", "Ask Albert Hall about the invoice"), and so does a
 * name right before the word ("Anna Usher Hall") or a title or a greeting ("Dr Adams Room 3"); a word none of the
 * lists know is as often a given name from afar ("Ngozi Hall"), and is the venue's only as a founder's possessive, in
 * "s" ("Boults Hall", "Ferriers Hall"), which a surname in "s" is not ("Adams", "Jones"). A word neither the rules nor
 * the model read as a name is the venue's whatever the lists hold ("Symphony", a given name in the US lists).
 * <p>A stage's or a hall's word, capitalised after a gate's letter and before the stage's name, is that word, not a
 * surname after an initial ("ingång C. Scen Stenhammarscenen", "Ovi B. Lava Madetoja-lava"). The stage's name is a
 * compound with a lower-case head joined on; a bare "hall" is an English surname's end ("Sal Marshall"), and "Sal" a
 * given name.
 */
final class HallsAfterTheirNames {

    /** The heads of a hall's, a room's or a stage's name, capitalised after the name it bears. */
    private static final WordSet HEADS = WordSet.of(Set.of("hall", "room", "stage", "arena", "theatre", "theater",
            "auditorium"));

    /** A stage's or a hall's word that opens a clause before the venue's name, which ends in a head of its own. */
    private static final WordSet VENUE_WORDS = WordSet.of(Set.of("scen", "scenen", "lava", "sali", "sal", "salen",
            "näyttämö", "stage"));
    /**
     * The ends of a stage's or a hall's compound name ("Stenhammarscenen", "Madetoja-lava", "Melartin-sali"); not
     * "hall", the end of English surnames ("Marshall", "Birchall").
     */
    private static final String[] NAME_HEADS = {"scen", "scenen", "lava", "sali", "salen", "hallen", "halli",
            "näyttämö", "stage"};

    /** Titles and greetings, which stand before a person's surname alone ("Mr Hall", "Thanks Hall"). */
    private static final WordSet BEFORE_A_SURNAME = WordSet.of(Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "prof",
            "sir", "dame", "lady", "lord", "rev", "revd", "cllr", "hi", "hello", "hey", "dear", "thanks"));

    private HallsAfterTheirNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if ((names[t] || names[t + 1]) && isHead(text, tokens, t + 1) && tokens.isCapitalised(t)
                    && tokens.oneSpaceApart(t, t + 1) && namesAVenue(text, tokens, words, names, t)) {
                names[t] = false;
                names[t + 1] = false;
            }
            if (names[t] && isVenueWordBeforeItsName(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "C. Scen Stenhammarscenen": a gate's letter and its full stop, the venue's word at {@code t}, capitalised, then a
     * name that ends in a head.
     */
    private static boolean isVenueWordBeforeItsName(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t) || !tokens.oneSpaceApart(t, t + 1) || !afterAGatesLetter(text, tokens, t)
                || !VENUE_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        String name = text.substring(tokens.start(t + 1), tokens.end(t + 1)).toLowerCase(Locale.ROOT);
        for (String head : NAME_HEADS) {
            if (name.length() > head.length() && name.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** "ingång C. Scen": one capital and a full stop, then a space, right before the word at {@code t}. */
    private static boolean afterAGatesLetter(String text, Tokens tokens, int t) {
        return t > 0 && tokens.length(t - 1) == 1 && NameWords.isInitial(text, tokens, t - 1)
                && tokens.start(t) == tokens.end(t - 1) + 2 && text.charAt(tokens.end(t - 1) + 1) == ' ';
    }

    private static boolean isHead(String text, Tokens tokens, int t) {
        return tokens.isCapitalised(t) && HEADS.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The word at {@code t}, before a hall's head, is the name the hall bears: a word no rule nor the model read as a
     * name ("Symphony", a given name in the US lists too) but a title or a greeting, or one read so that is no given
     * name and no word after a name, a title or a greeting, known to the lists or a possessive that is no surname.
     */
    private static boolean namesAVenue(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t]) {
            return !BEFORE_A_SURNAME.contains(text, tokens.start(t), tokens.end(t));
        }
        var word = words[t];
        if (NameWords.isGivenName(word) || afterATitle(text, tokens, t)
                || t > 0 && names[t - 1] && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)) {
            return false;
        }
        boolean possessive = tokens.length(t) > 2 && text.charAt(tokens.end(t) - 1) == 's'
                && !NameWords.hasSurnameReading(word);
        return word != null && word.isKnown() || possessive;
    }

    /** "Dr Adams", "Dr. Adams", "Hi Hall": a title or a greeting, then a space, or a full stop and a space. */
    private static boolean afterATitle(String text, Tokens tokens, int t) {
        if (t == 0 || !BEFORE_A_SURNAME.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return false;
        }
        String between = text.substring(tokens.end(t - 1), tokens.start(t));
        return between.equals(" ") || between.equals(". ");
    }
}
