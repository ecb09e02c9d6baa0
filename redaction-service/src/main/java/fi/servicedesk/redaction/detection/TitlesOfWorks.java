package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Books, films, songs and plays are titled after people ("Anna Karenina", "Jane Eyre", "Jolene"), and so are teams
 * ("Nottingham Forest"): the capitalised words right after the word of the work's kind, uninflected, where it names
 * what follows ("the song Jolene", "romaani Anna Karenina", "låten Vem kan segla"), also in quotes, are the
 * title, not a person's name, and the kind's word opening a sentence is no name either ("Kappale Sininen uni").
 * A word of a kind that English also uses as a verb of doing something for a person ("book Anna a room", "track
 * Matti's laptop", "play Anna the clip") is the kind only after a determiner ("the book Jane Eyre"), and so is "team",
 * which opens a role's title ("Team Lead Hazel Black").
 * <p>One reads, watches or listens to a work, not a person: the capitalised words right after a verb of reading,
 * watching or streaming are the work's title ("I was reading Great Expectations", "we watched Forrest Gump", "luin
 * Anna Kareninan", "hon läser Pippi Långstrump"). Not where they own what follows, as a person does: an English
 * possessive ("read Anna's mail"), a Finnish genitive before a noun ("luin Matin viestin"), a Swedish genitive
 * unless a weak adjective and a noun follow, as in a title ("läste Annas mejl"; "läser Nils Karlssons stora
 * resa"). So is the object of a verb of borrowing, renewing, reserving or returning a loan ("I borrowed Oliver
 * Twist", "lainasin Anna Liisan", "hon lånade Pippi Långstrump"), but for a person lent to ("reserved Anna a seat",
 * "lainasin Matille"). A name with an epithet after "the" is a work's or a legend's, not a living person's ("Jude the
 * Obscure", "Alexander the Great"); an English noun after "the" is an apposition ("Anna the Teams admin"), and so is a word
 * that a word in lower case qualifies ("Onni the Slack queue"), but for the words that go on a sentence after a
 * name ("Jude the Obscure next month", "Ivan the Terrible was").
 * <p>A list's plural label before its colon names the works that follow as their kind's word does, where the title
 * is quoted or opens with a word no name reads as ("Hymns: Amazing Grace", "Songs: \"Jolene\""), not a name, which is
 * a person's ("Songs: Sarah Jones picks them").
 * <p>A loan list, a hold or a fine writes a work as a catalogue does, with or without its byline: {@link
 * CatalogueEntries} ("- Canth, Minna: Anna Liisa, ISBN …", "Item: Emma / Jane Austen"); a hymnal writes a hymn's
 * authors after its number or title: {@link HymnBylines} ("virsi 341 (Lina Sandell)", "Hymn 331, words Isaac Watts").
 */
final class TitlesOfWorks {

    /**
     * Words of a work's or a team's kind, a hymn's among them ({@link HymnBylines#KINDS}), as written; Finnish ones also
     * by Voikko's base form at a compound's end.
     */
    private static final Set<String> KINDS = Stream.concat(HymnBylines.KINDS.stream(), Stream.of("song", "novel", "movie",
            "film", "album", "musical", "opera", "kirja", "romaani", "elokuva", "leffa", "laulu", "kappale", "biisi",
            "näytelmä", "albumi", "ooppera", "joukkue", "boken", "romanen", "filmen", "låten", "sången", "pjäsen", "albumet",
            "operan", "laget")).collect(Collectors.toUnmodifiableSet());

    private static final WordSet KIND_WORDS = WordSet.of(KINDS);
    /**
     * Kinds that are also verbs done for a person, the kind only after a determiner; and "team", which opens titles
     * before a name ("Team Lead Hazel Black").
     */
    private static final WordSet KINDS_AFTER_A_DETERMINER = WordSet.of(Set.of("book", "play", "track", "show", "series", "team"));
    private static final WordSet DETERMINERS = WordSet.of(Set.of("the", "a", "this", "that", "my", "our", "your", "his", "her", "their"));
    /** The quotation marks that open a title. */
    private static final String QUOTES = "\"'“”‘’«»„";
    /** The longest run of capitalised words a title takes here ("Jude the Obscure" ends at "Jude"). */
    private static final int LONGEST_TITLE = 4;

    /** English verbs of reading, watching and listening to a work, and the particle a verb of listening takes. */
    private static final WordSet ENGLISH_VERBS = WordSet.of(Set.of("reading", "reread", "rereading",
            "watch", "watches", "watched", "watching", "rewatched", "rewatching", "binged", "streams", "streamed",
            "streaming", "finished"));
    /**
     * "read", which also says what a sign or a field shows ("the badge read Anna Berg"): only after a person who reads.
     */
    private static final WordSet READ = WordSet.of(Set.of("read", "reads"));
    private static final WordSet READERS = WordSet.of(Set.of("i", "we", "you", "he", "she", "they"));
    /**
     * Finnish verbs of reading in the first and second persons: the third also says what a text shows ("siellä lukee
     * Anna Berg", "kyltissä luki …").
     */
    private static final WordSet FINNISH_VERBS = WordSet.of(Set.of("luen", "luet", "luemme", "luette", "luin", "luit",
            "luimme", "luitte", "lukemassa"));
    /**
     * Verbs of borrowing, renewing, reserving and returning a loan, whose object is a work as a library lends it
     * ("I borrowed Oliver Twist", "lainasin Anna Liisan", "hon lånade Pippi Långstrump"). One lends to a person too
     * ("reserved Anna a seat", "lånade Anna en penna", "lainasin Matille"): not before a determiner, nor a Finnish name
     * in a case other than the nominative or the accusative.
     */
    private static final Set<String> ENGLISH_LENDING = Set.of("borrowed", "renewed", "reserved", "returned");
    private static final Set<String> FINNISH_LENDING = Set.of("lainasin", "lainasit", "lainasimme", "varasin", "varasimme",
            "palautin", "palautimme");
    private static final Set<String> SWEDISH_LENDING = Set.of("lånade", "lånat", "förnyade", "förnyat", "reserverade",
            "reserverat");
    private static final WordSet LENDING_VERBS = WordSet.of(ENGLISH_LENDING, FINNISH_LENDING, SWEDISH_LENDING);
    private static final WordSet ENGLISH_LENDING_VERBS = WordSet.of(ENGLISH_LENDING);
    private static final WordSet FINNISH_LENDING_VERBS = WordSet.of(FINNISH_LENDING);
    private static final WordSet SWEDISH_VERBS = WordSet.of(Set.of("läser", "läste", "läst", "läsa", "streamar",
            "streamade"), SWEDISH_LENDING);
    /** Determiners after a person lent to and before the thing ("a seat", "en penna", "min bil"). */
    private static final WordSet LENT_THINGS_DETERMINERS = WordSet.of(Set.of("a", "an", "the", "my", "his", "her",
            "en", "ett", "min", "mitt", "sin", "sitt", "den", "det"));
    /** Verbs of listening or looking, which take their work after a particle ("listening to", "tittar på"). */
    private static final WordSet VERBS_WITH_PARTICLE = WordSet.of(Set.of("listen", "listens", "listened", "listening",
            "lyssnar", "lyssnade", "tittar", "tittade"));
    private static final WordSet PARTICLES = WordSet.of(Set.of("to", "på"));
    /** Words in lower case that go on a sentence after a name with an epithet, rather than qualify the epithet. */
    private static final WordSet AFTER_AN_EPITHET = WordSet.of(Set.of("is", "was", "and", "or", "on", "in", "at", "for",
            "to", "with", "by", "from", "next", "last", "this", "tonight", "tomorrow", "yesterday", "again"));

    private TitlesOfWorks() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        CatalogueEntries.unmark(text, tokens, names);
        HymnBylines.unmark(text, tokens, names);
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && (isKind(text, tokens, words, t - 1) && onlySpaceOrQuoteBetween(text, tokens.end(t - 1), tokens.start(t))
                    || isLabelBeforeTitle(text, tokens, words, t - 1))) {
                names[t - 1] = false;
                int k = t;
                for (; k < tokens.size() && k - t < LONGEST_TITLE && tokens.isCapitalised(k) && (k == t || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
                t = k - 1;
            }
        }
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Only a title after t's verb or an epithet two words on loses marks: without one there, neither is read.
            if (tokens.isCapitalised(t) && PersonNameDetector.anyMarked(names, t, Math.min(n, t + Math.max(LONGEST_TITLE, 3)))) {
                int end = t > 0 && tokens.spaced(t - 1, t) ? titleAfterVerb(text, tokens, words, t) : t;
                for (int k = t; k < end; k++) {
                    names[k] = false;
                }
                unmarkEpithet(text, tokens, names, t);
            }
        }
    }

    /**
     * The end of the title that opens at {@code t} after a verb of reading or watching, {@code t} itself where
     * there is none or its words own what follows.
     */
    private static int titleAfterVerb(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int verb = t - 1;
        boolean particle = PARTICLES.contains(text, tokens.start(verb), tokens.end(verb)) && verb > 0 && tokens.spaced(verb - 1, verb)
                && VERBS_WITH_PARTICLE.contains(text, tokens.start(verb - 1), tokens.end(verb - 1));
        boolean swedish = particle ? tokens.is(verb, "på") : SWEDISH_VERBS.contains(text, tokens.start(verb), tokens.end(verb));
        boolean finnish = !particle && (FINNISH_VERBS.contains(text, tokens.start(verb), tokens.end(verb))
                || FINNISH_LENDING_VERBS.contains(text, tokens.start(verb), tokens.end(verb)));
        boolean english = particle && !swedish || ENGLISH_VERBS.contains(text, tokens.start(verb), tokens.end(verb))
                || ENGLISH_LENDING_VERBS.contains(text, tokens.start(verb), tokens.end(verb))
                || READ.contains(text, tokens.start(verb), tokens.end(verb)) && verb > 0
                && READERS.contains(text, tokens.start(verb - 1), tokens.end(verb - 1));
        if (!(swedish || finnish || english) || !tokens.isLowerCase(particle ? verb - 1 : verb)) {
            return t;
        }
        int end = t + 1;
        while (end < tokens.size() && end - t < LONGEST_TITLE && tokens.isCapitalised(end) && tokens.spaced(end - 1, end)) {
            end++;
        }
        int last = tokens.end(end - 1);
        boolean followedByWord = end < tokens.size() && tokens.spaced(end - 1, end) && tokens.isLowerCase(end);
        if (last < text.length() && "'’".indexOf(text.charAt(last)) >= 0) {
            return t;
        }
        if (finnish && followedByWord && words[end] != null && words[end].is(NameLexicon.Word.NOUN)) {
            return t;
        }
        if (!particle && LENDING_VERBS.contains(text, tokens.start(verb), tokens.end(verb))
                && (followedByWord && LENT_THINGS_DETERMINERS.contains(text, tokens.start(end), tokens.end(end))
                || finnish && !nominativeOrAccusative(text, tokens, words[end - 1], end - 1))) {
            return t;
        }
        if (swedish && text.charAt(last - 1) == 's' && followedByWord && !isWeakAdjectiveAndNoun(text, tokens, end)) {
            return t;
        }
        return end;
    }

    /** A Finnish name as its base form reads or with the accusative's "-n" ("Liisa", "Liisan"; not "Liisalle"). */
    private static boolean nominativeOrAccusative(String text, Tokens tokens, NameLexicon.Word word, int t) {
        if (word == null || !word.isName() || word.base() == null) {
            return true;
        }
        int length = tokens.length(t);
        int base = word.base().length();
        return (length == base || length == base + 1 && text.charAt(tokens.end(t) - 1) == 'n')
                && text.regionMatches(true, tokens.start(t), word.base(), 0, base);
    }

    /** "stora resa", "underbara resa": a Swedish weak adjective in "-a" and a word after it, as after a genitive. */
    private static boolean isWeakAdjectiveAndNoun(String text, Tokens tokens, int t) {
        return text.charAt(tokens.end(t) - 1) == 'a' && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1);
    }

    /** "Jude the Obscure": a capitalised word, "the" and a capitalised English word that is no noun. */
    private static void unmarkEpithet(String text, Tokens tokens, boolean[] names, int t) {
        int epithet = t + 2;
        if (epithet < tokens.size() && tokens.is(t + 1, "the") && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, epithet)
                && tokens.isCapitalised(epithet) && EnglishWords.contains(text, tokens.start(epithet), tokens.end(epithet))
                && !EnglishNouns.contains(text, tokens.start(epithet), tokens.end(epithet))
                && !(epithet + 1 < tokens.size() && tokens.spaced(epithet, epithet + 1) && tokens.isLowerCase(epithet + 1)
                && !AFTER_AN_EPITHET.contains(text, tokens.start(epithet + 1), tokens.end(epithet + 1)))) {
            names[t] = false;
            names[epithet] = false;
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

    /**
     * A list's plural label and its colon before a title in quotes or a word no name reads as ("Songs: \"Jolene\"",
     * "Hymns: Amazing Grace"); a name after it is a person's, who picks or sings them ("Songs: Sarah Jones picks them").
     */
    private static boolean isLabelBeforeTitle(String text, Tokens tokens, NameLexicon.Word[] words, int label) {
        int title = label + 1;
        if (!HymnBylines.isLabel(text, tokens, label) || !text.startsWith(": ", tokens.end(label))) {
            return false;
        }
        int gap = tokens.start(title) - tokens.end(label);
        return gap == 3 && QUOTES.indexOf(text.charAt(tokens.start(title) - 1)) >= 0
                || gap == 2 && (words[title] == null || !words[title].isName());
    }

    /** A space, and perhaps a quotation mark opening the title ("the song \"Jolene\"", "kirja ”Anna Karenina”"). */
    private static boolean onlySpaceOrQuoteBetween(String text, int end, int start) {
        if (start - end < 1 || start - end > 2 || text.charAt(end) != ' ') {
            return false;
        }
        return start - end == 1 || QUOTES.indexOf(text.charAt(end + 1)) >= 0;
    }
}
