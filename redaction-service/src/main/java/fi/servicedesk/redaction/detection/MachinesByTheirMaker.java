package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A machine is written as its maker's name and its model, and makers of farm and forest machines bear their founders'
 * names ("Massey Ferguson 7S", "John Deere-tröska", "Claas Lexion -puimuri", "Fendt 724"): the capitalised words before
 * a machine's word joined by a hyphen, or before a model's code where a booking's field names the machine, are the
 * machine's, not a person's. A machinery ring, a rental shop or a municipality's depot writes its machines so.
 * <p>No one is written with a hyphen and a machine's word after the name, so that alone is enough; a code after a name
 * is a school class or a room as often ("Huoltaja: Anna Virtanen 5B"), so a code frees the name only in a machine's
 * field ("Machine:", "Maskin:", "Kone:").
 */
final class MachinesByTheirMaker {

    /** Machines' words, in lower case, that open the word after the hyphen ("-tröska", "-puimuri", "-traktori"). */
    private static final List<String> MACHINES = List.of("tröska", "traktor", "puimuri", "kombi", "harvester",
            "harvesteri", "kuormatraktori", "kaivinkone", "kylvökone", "niittokone", "paalain", "perävaunu", "ruiskut",
            "kone", "combine", "tractor", "baler", "sprayer", "loader", "digger", "såmaskin", "grävmaskin", "lastare",
            "balpress", "slåttermaskin");
    /** A booking's field whose value is a machine ("Machine: Massey Ferguson 7S"), in lower case. */
    private static final Set<String> MACHINE_FIELDS = Set.of("machine", "maskin", "kone", "tractor", "traktor", "traktori",
            "equipment", "laite", "kalusto", "vehicle", "fordon", "ajoneuvo");
    /** A model's code right after the maker: digits with a letter or two ( "7S", "6155R", "N175", "724"), not a date's day ("12.5."). */
    private static final Pattern MODEL_CODE = Pattern.compile(" [A-Z]{0,2}\\d{1,5}[A-Z]{0,3}\\b(?![.:/]\\d)");
    /** The most words of a maker's and a model's name ("Massey Ferguson", "Claas Lexion", "New Holland T7"). */
    private static final int LONGEST_NAME = 3;

    private MachinesByTheirMaker() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            int hyphen = Characters.lastIndexOf(text, '-', tokens.start(t), tokens.end(t));
            if (hyphen > tokens.start(t) && opensWithAMachine(text.substring(hyphen + 1, tokens.end(t)))) {
                names[t] = false;
                unmarkNameBefore(tokens, names, t);
            } else if (text.startsWith(" -", tokens.end(t)) && opensWithAMachine(text.substring(tokens.end(t) + 2,
                    Math.min(text.length(), tokens.end(t) + 2 + "kuormatraktori".length())))) {
                names[t] = false;
                unmarkNameBefore(tokens, names, t);
            } else if (mayOpenAModelCode(text, tokens.end(t))
                    && MODEL_CODE.matcher(text).region(tokens.end(t), text.length()).lookingAt()) {
                int first = firstOfTheName(tokens, t);
                if (inAMachinesField(text, tokens, first)) {
                    for (int k = first; k <= t; k++) {
                        names[k] = false;
                    }
                }
            }
        }
    }

    /**
     * A space and a capital or a digit at {@code at}, as {@link #MODEL_CODE} opens: most capitalised words are not
     * followed so, and a matcher for each cost every message.
     */
    private static boolean mayOpenAModelCode(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        char next = text.charAt(at + 1);
        return next >= 'A' && next <= 'Z' || next >= '0' && next <= '9';
    }

    private static boolean opensWithAMachine(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && MACHINES.stream().anyMatch(lower::startsWith);
    }

    /**
     * Takes the mark off the capitalised word spaced right before {@code t}: the maker before its model ("Claas Lexion
     * -puimuri") or the maker's first word ("John Deere-tröska"); a word before those opens the sentence ("Varattu").
     */
    private static void unmarkNameBefore(Tokens tokens, boolean[] names, int t) {
        if (t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)) {
            names[t - 1] = false;
        }
    }

    /** The first of the capitalised words, spaced, that end at {@code t}, up to {@link #LONGEST_NAME}. */
    private static int firstOfTheName(Tokens tokens, int t) {
        int first = t;
        while (first > 0 && t - first + 1 < LONGEST_NAME && tokens.isCapitalised(first - 1) && tokens.spaced(first - 1, first)) {
            first--;
        }
        return first;
    }

    /** "Machine: ", "Kone: " right before the word {@code first}. */
    private static boolean inAMachinesField(String text, Tokens tokens, int first) {
        int start = tokens.start(first);
        int colon = text.lastIndexOf(':', start);
        if (colon < 0 || !text.substring(colon + 1, start).isBlank()) {
            return false;
        }
        int label = colon;
        while (label > 0 && Character.isLetter(text.charAt(label - 1))) {
            label--;
        }
        return MACHINE_FIELDS.contains(text.substring(label, colon).toLowerCase(Locale.ROOT));
    }
}
