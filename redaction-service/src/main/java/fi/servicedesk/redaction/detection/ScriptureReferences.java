package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
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
 *       comma;</li>
 *   <li>before the word for a gospel or a letter ("Luukkaan evankeliumi", "Markus evangelium", "Jakobs brev"), and
 *       for a book only before its chapter ("Ruutin kirja 1:16"): a library lends a book ("Johanneksen kirja on
 *       myöhässä", "Lukas bok är försenad");</li>
 *   <li>after "Gospel of", "Epistle of" or "Letter of" ("the Gospel of Luke"), not "book of" ("the book of James
 *       Bennett").</li>
 * </ul>
 * A time reads as a chapter and its verse ("Meeting with John 9:30", "Call Mark 2:45"), and a count as a bare chapter
 * ("Attendees: John 3, Mark 2."), so the citation counts only in a reading's frame: an abbreviation's full stop before
 * a chapter and a verse ("Joh. 3:16"), or a reading's word on its line or the line before ("Reading:", "luku",
 * "Raamatunteksti", "Bibelläsning", "evankeliumi").
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
    /** A gospel, a letter: the noun after a book named in the genitive. */
    private static final WordSet WORKS = WordSet.of(Set.of("evankeliumi", "evankeliumin", "evankeliumia",
            "evankeliumista", "evankeliumissa", "kirje", "kirjeen", "kirjeestä", "kirjeessä", "evangelium", "evangeliet",
            "brev", "brevet"));
    /** A book's noun, the book cited only before its chapter ("Ruutin kirja 1:16"): a library lends one too. */
    private static final WordSet BOOK_NOUNS = WordSet.of(Set.of("kirja", "kirjan", "bok", "boken"));
    /** "the Gospel of Luke", "the Letter of James": the nouns before "of" and a book. */
    private static final WordSet FRAMES = WordSet.of(Set.of("gospel", "epistle", "letter"));
    /** Words of a reading as written: the cue alone ("Reading:", "luku", "teksti"). */
    private static final WordSet READINGS = WordSet.of(Set.of("reading", "readings", "luku", "teksti", "tekstit"));
    /**
     * Stems of the words for the Bible, the gospel, scripture and a reading, also inside a compound ("Raamatunluku",
     * "Bibelläsning", "evankeliumi", "lukukappale", "textläsning").
     */
    private static final List<String> READING_STEMS = List.of("raamat", "bibel", "bible", "evankel", "evangel", "gospel",
            "scripture", "epistle", "epistel", "lukukappale", "läsning", "tekstinluku");
    /** How far back the reading's frame is looked for: the book's line and the line before (an order's heading). */
    private static final int LINES_OF_FRAME = 2;
    /** The characters that end a clause after a bare chapter ("Matthew 5.", "Matteus 5;", "\"Matteus 5\""). */
    private static final String CLAUSE_ENDS = ".;)\"”’'\n\r";
    private static final int LONGEST_NUMBER = 3;

    private ScriptureReferences() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && BOOKS.contains(text, tokens.start(t), tokens.end(t))
                    && (beforeChapter(text, tokens.end(t)) || beforeWork(text, tokens, t) || afterFrame(text, tokens, t))
                    && (abbreviatedBeforeVerse(text, tokens.end(t)) || inReadingsFrame(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /** "Joh. 3:16": an abbreviation's full stop, a space, a chapter and a colon; no name is written so. */
    private static boolean abbreviatedBeforeVerse(String text, int end) {
        if (!text.startsWith(". ", end)) {
            return false;
        }
        int i = end + 2;
        while (i < text.length() && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        return i > end + 2 && i + 1 < text.length() && text.charAt(i) == ':' && Scan.isDigit(text.charAt(i + 1));
    }

    /** A reading's word on the line of the book at {@code t} or on the line before. */
    private static boolean inReadingsFrame(String text, Tokens tokens, int t) {
        int from = tokens.start(t);
        for (int lines = 0; lines < LINES_OF_FRAME && from > 0; lines++) {
            from = text.lastIndexOf('\n', from - 1);
            from = from < 0 ? 0 : from;
        }
        int to = text.indexOf('\n', tokens.end(t));
        to = to < 0 ? text.length() : to;
        for (int u = 0; u < tokens.size() && tokens.start(u) < to; u++) {
            if (tokens.start(u) >= from && u != t && isReadingsWord(text, tokens, u)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReadingsWord(String text, Tokens tokens, int u) {
        if (READINGS.contains(text, tokens.start(u), tokens.end(u))) {
            return true;
        }
        var lower = text.substring(tokens.start(u), tokens.end(u)).toLowerCase(Locale.ROOT);
        for (var stem : READING_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
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

    /**
     * "Luukkaan evankeliumi", "Markus evangelium", "Ruutin kirja 1:16": the book right before a gospel's or a letter's
     * noun, or a book's noun and its chapter.
     */
    private static boolean beforeWork(String text, Tokens tokens, int t) {
        int noun = t + 1;
        return noun < tokens.size() && tokens.spaced(t, noun) && tokens.isLowerCase(noun)
                && (WORKS.contains(text, tokens.start(noun), tokens.end(noun))
                || BOOK_NOUNS.contains(text, tokens.start(noun), tokens.end(noun)) && beforeChapter(text, tokens.end(noun)));
    }

    /** "the Gospel of Luke": the book after a gospel's, a book's or a letter's noun and "of". */
    private static boolean afterFrame(String text, Tokens tokens, int t) {
        return t > 1 && tokens.is(t - 1, "of") && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1)
                && FRAMES.contains(text, tokens.start(t - 2), tokens.end(t - 2));
    }
}
