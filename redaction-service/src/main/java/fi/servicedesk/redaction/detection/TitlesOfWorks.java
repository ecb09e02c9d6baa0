package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Books, films, songs and plays are titled after people ("Anna Karenina", "Jane Eyre", "Jolene"), and so are teams
 * ("Nottingham Forest"): the capitalised words right after the word of the work's kind, uninflected, where it names
 * what follows ("the song Jolene", "romaani Anna Karenina", "låten Vem kan segla"), also in quotes, are the
 * title, not a person's name, and the kind's word opening a sentence is no name either ("Kappale Sininen uni").
 * A word of a kind that English also uses as a verb of doing something for a person ("book Anna a room", "track
 * Matti's laptop", "play Anna the clip") is the kind only after a determiner ("the book Jane Eyre"), and so is "team",
 * which opens a role's title ("Team Lead Hazel Black").
 */
final class TitlesOfWorks {

    /** Words of a work's or a team's kind, as written; Finnish ones also by Voikko's base form at a compound's end. */
    private static final Set<String> KINDS = Set.of("song", "novel", "movie", "film", "album", "musical", "opera",
            "kirja", "romaani", "elokuva", "leffa", "laulu", "kappale", "biisi", "näytelmä", "albumi", "ooppera", "joukkue",
            "boken", "romanen", "filmen", "låten", "sången", "pjäsen", "albumet", "operan", "laget");
    private static final WordSet KIND_WORDS = WordSet.of(KINDS);
    /**
     * Kinds that are also verbs done for a person, the kind only after a determiner; and "team", which opens titles
     * before a name ("Team Lead Hazel Black").
     */
    private static final WordSet KINDS_AFTER_A_DETERMINER = WordSet.of(Set.of("book", "play", "track", "show", "series", "team"));
    private static final WordSet DETERMINERS = WordSet.of(Set.of("the", "a", "this", "that", "my", "our", "your", "his", "her", "their"));
    /** The longest run of capitalised words a title takes here ("Jude the Obscure" ends at "Jude"). */
    private static final int LONGEST_TITLE = 4;

    private TitlesOfWorks() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && isKind(text, tokens, words, t - 1) && onlySpaceOrQuoteBetween(text, tokens.end(t - 1), tokens.start(t))) {
                names[t - 1] = false;
                int k = t;
                for (; k < tokens.size() && k - t < LONGEST_TITLE && tokens.isCapitalised(k) && (k == t || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
                t = k - 1;
            }
        }
    }

    private static boolean isKind(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!(tokens.isLowerCase(t) || tokens.isCapitalised(t))) {
            return false;
        }
        if (KIND_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        if (KINDS_AFTER_A_DETERMINER.contains(text, tokens.start(t), tokens.end(t))) {
            return t > 0 && tokens.spaced(t - 1, t) && DETERMINERS.contains(text, tokens.start(t - 1), tokens.end(t - 1));
        }
        // "lastenkirja", "rocklaulu": an ordinary compound ending in a kind
        return NameWords.isUninflectedWordEndingIn(text, tokens, words[t], t, KINDS);
    }

    /** A space, and perhaps a quotation mark opening the title ("the song \"Jolene\"", "kirja ”Anna Karenina”"). */
    private static boolean onlySpaceOrQuoteBetween(String text, int end, int start) {
        if (start - end < 1 || start - end > 2 || text.charAt(end) != ' ') {
            return false;
        }
        return start - end == 1 || "\"'“”‘’«»„".indexOf(text.charAt(end + 1)) >= 0;
    }
}
