package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A book of the Bible cited as a reading is no person, though many are named after one ("John 3:16", "Joh. 3:16",
 * "Matteus 5", "Romans 8:38-39", "1. Kor. 13", "Luukkaan evankeliumi", "Ruutin kirja 1:16", "the Gospel of Luke",
 * "Johannes evangelium"): a baptism's, a wedding's or a funeral's order of service names its readings so. The books
 * and their abbreviations in Finnish, Swedish and English are a closed class; a book is one only where the citation's
 * grammar says so, so "John" elsewhere in the message stays a person:
 * <ul>
 *   <li>before a chapter and perhaps a verse ("3:16", "5:3-12"); a bare chapter only after an abbreviation's full stop
 *       ("Matt. 5") or where the clause ends with it ("Reading: Matthew 5."), not before a word ("Mark 5 as done") or a
 *       comma, which also parts a list of people's counts;</li>
 *   <li>before the word for a gospel, a book or a letter ("Luukkaan evankeliumi", "Ruutin kirja", "Markus evangelium",
 *       "Jakobs brev");</li>
 *   <li>after "Gospel of", "Book of", "Epistle of" or "Letter of" ("the Gospel of Luke", "the Book of Ruth").</li>
 * </ul>
 */
final class ScriptureReferences {

    /**
     * The books, in the forms a reading cites them, with their usual abbreviations (the full stop apart); a Finnish
     * or Swedish book named after a person also in the genitive that comes before "evankeliumi", "kirja" or "bok";
     * the psalms' words are the hymnal's ({@link HymnBylines#PSALMS}).
     */
    private static final WordSet BOOKS = WordSet.of(Set.of(
            // English
            "genesis", "exodus", "leviticus", "deuteronomy", "joshua", "judges", "ruth", "samuel", "kings", "chronicles",
            "ezra", "nehemiah", "esther", "job", "proverbs", "ecclesiastes", "isaiah", "jeremiah",
            "lamentations", "ezekiel", "daniel", "hosea", "joel", "amos", "obadiah", "jonah", "micah", "nahum", "habakkuk",
            "zephaniah", "haggai", "zechariah", "malachi", "matthew", "mark", "luke", "john", "acts", "romans",
            "corinthians", "galatians", "ephesians", "philippians", "colossians", "thessalonians", "timothy", "titus",
            "philemon", "hebrews", "james", "peter", "jude", "revelation",
            "gen", "exod", "lev", "deut", "josh", "judg", "sam", "kgs", "chr", "neh", "esth", "prov", "eccl", "isa",
            "jer", "lam", "ezek", "hos", "obad", "mic", "hab", "zeph", "hag", "zech", "mal", "mt", "mk", "lk", "jn",
            "rom", "cor", "eph", "phil", "col", "thess", "heb", "jas", "pet", "rev",
            // Finnish, with the genitives of the books named after people
            "mooseksen", "joosua", "joosuan", "ruut", "ruutin", "samuelin", "ester", "esterin", "jobin", "saarnaaja", "saarnaajan", "jesaja", "jesajan", "jeremia", "jeremian", "hesekiel", "hesekielin",
            "danielin", "hoosea", "hoosean", "joelin", "aamos", "aamoksen", "joona", "joonan", "miika", "miikan",
            "sakarja", "sakarjan", "malakia", "malakian", "matteus", "matteuksen", "markus", "markuksen", "luukas",
            "luukkaan", "johannes", "johanneksen", "roomalaiskirje", "paavalin", "pietarin", "jaakobin", "juudaksen",
            "moos", "joos", "tuom", "kun", "aikak", "est", "sananl", "saarn", "jes", "valit", "hes", "hoos", "aam",
            "matt", "luuk", "joh", "room", "kor", "ef", "fil", "kol", "tess", "hepr", "jaak", "piet", "juud", "ilm",
            // Swedish, with the genitives before "bok", "brev" and "evangelium"
            "rut", "ruts", "jobs", "psaltaren", "predikaren", "jona", "lukas", "paulus", "petrus", "jakob",
            "jakobs", "judas", "mos", "dom", "kung", "krön", "ords", "pred", "klag", "jak", "petr", "upp", "luk",
            "apg", "hebr"),
            HymnBylines.PSALMS);
    /** A gospel, a book, a letter: the noun after a book named in the genitive. */
    private static final WordSet WORKS = WordSet.of(Set.of("evankeliumi", "evankeliumin", "evankeliumia",
            "evankeliumista", "evankeliumissa", "kirja", "kirjan", "kirjaa", "kirjasta", "kirjassa", "kirje", "kirjeen",
            "kirjeestä", "kirjeessä", "evangelium", "evangeliet", "bok", "boken", "brev", "brevet"));
    /** "the Gospel of Luke", "the Book of Ruth": the nouns before "of" and a book. */
    private static final WordSet FRAMES = WordSet.of(Set.of("gospel", "book", "epistle", "letter"));
    /** The characters that end a clause after a bare chapter ("Matthew 5.", "Matteus 5;", "\"Matteus 5\""). */
    private static final String CLAUSE_ENDS = ".;)\"”’'\n\r";
    private static final int LONGEST_NUMBER = 3;

    private ScriptureReferences() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && BOOKS.contains(text, tokens.start(t), tokens.end(t))
                    && (beforeChapter(text, tokens.end(t)) || beforeWork(text, tokens, t) || afterFrame(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /**
     * A chapter after the book ending at {@code end}: an abbreviation's full stop perhaps, one space, up to three digits
     * and a verse after a colon ("3:16", "8:38-39"), or a bare chapter after the full stop or before the clause's end.
     */
    private static boolean beforeChapter(String text, int end) {
        int i = end;
        boolean abbreviated = i < text.length() && text.charAt(i) == '.';
        if (abbreviated) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int digits = ++i;
        while (i < text.length() && i - digits <= LONGEST_NUMBER && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        // No chapter opens with a zero: "Mark 07:12: can't log in" is a chat's speaker and time.
        if (i == digits || i - digits > LONGEST_NUMBER || text.charAt(digits) == '0') {
            return false;
        }
        if (i + 1 < text.length() && text.charAt(i) == ':' && Scan.isDigit(text.charAt(i + 1))) {
            int verse = i + 1;
            while (verse < text.length() && Scan.isDigit(text.charAt(verse))) {
                verse++;
            }
            // and a speaker's colon after the time ("Mark 7:12: …") is no verse's
            return verse >= text.length() || text.charAt(verse) != ':';
        }
        return abbreviated && (i >= text.length() || !Characters.isLetterOrNumber(text.charAt(i)))
                || i >= text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** "Luukkaan evankeliumi", "Markus evangelium": the book right before a gospel's, a book's or a letter's noun. */
    private static boolean beforeWork(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                && WORKS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** "the Gospel of Luke": the book after a gospel's, a book's or a letter's noun and "of". */
    private static boolean afterFrame(String text, Tokens tokens, int t) {
        return t > 1 && tokens.is(t - 1, "of") && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1)
                && FRAMES.contains(text, tokens.start(t - 2), tokens.end(t - 2));
    }
}
