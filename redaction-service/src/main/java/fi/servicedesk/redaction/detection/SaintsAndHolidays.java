package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Saints, feasts and the days named after people: "St Mary's Hospital", "St Albans", "Happy St Andrew's Day",
 * "Martin Luther King Day", "Tänään on Annan nimipäivä", "Cover over Christmas:". The names in them are a church's, a town's, a
 * hospital's or the calendar's, no one's in the message:
 * <ul>
 *   <li>a feast's English name ("Christmas", "Hogmanay", "Martinmas") or a Finnish or Swedish one ("Laskiainen",
 *       "Allhelgona"), wherever it stands, and a day's word joined to a saint's or a feast's name ("Mikkelinpäivä",
 *       "Mikaelidagen");</li>
 *   <li>the word after "St", "St.", "Saint", Swedish "Sankt" or "S:t" ("Sankt Görans sjukhus", "S:t Olofs kyrka") and
 *       that word; not after a name, whose surname it opens ("Jo St Clair"); Finnish "Pyhän" only before a name and a
 *       church's word ("Pyhän Henrikin katedraali"), as Pyhä is a fell and its resort too ("Pyhälle Anna tulee
 *       hiihtämään");</li>
 *   <li>the capitalised words before a capitalised "Day" that follows a possessive ("Valentine's Day") or two
 *       or more capitalised words ("Martin Luther King Day"); a surname Day after one given name stays
 *       ("Doris Day"), and so does a run before a reporting verb or a possessive ("Mary Ann Day called",
 *       "Mary Ann Day's laptop");</li>
 *   <li>the capitalised words before a capitalised "Night" ("Guy Fawkes Night", "Burns Night");</li>
 *   <li>a genitive before a name day ("Annan nimipäivä", "Anna's name day"), and a genitive before "päivä", the
 *       Finnish flag days and memorial days, with the given names before it ("Runebergin päivänä", "Aleksis Kiven
 *       päivä", "Minna Canthin päivää").</li>
 * </ul>
 */
final class SaintsAndHolidays {

    /** The word before a saint's name, English and Swedish ("St Mary's", "Sankt Görans"). */
    private static final WordSet SAINTS = WordSet.of(Set.of("st", "saint", "sankt"));
    private static final WordSet NAME_DAYS = WordSet.of(Set.of("nimipäivä", "nimipäivää", "nimipäivänä", "nimipäiväksi",
            "nimipäivästä", "nimipäivälle"));
    /** "päivä" in the cases a day's name takes; not the genitive ("Matin päivän työt" is Matti's day's work). */
    private static final WordSet DAYS = WordSet.of(Set.of("päivä", "päivänä", "päivää", "päiväksi", "päivästä",
            "päivälle", "päivään"));
    private static final int LONGEST_HOLIDAY = 4;
    /** Feasts whose English names are no one's ("Cover over Christmas:", "Hogmanay rota"), some formed from a saint's. */
    private static final WordSet FEASTS = WordSet.of(Set.of("christmas", "xmas", "easter", "hogmanay", "martinmas",
            "michaelmas", "candlemas", "lammas", "whitsun", "whitsuntide", "pentecost", "halloween", "thanksgiving",
            "hanukkah", "diwali", "ramadan", "passover",
            // the Finnish and Swedish feasts that are one word and no saint's day ("Konfirmaatio Laskiainen",
            // "Konfirmation Allhelgona")
            "laskiainen", "loppiainen", "juhannus", "allhelgona", "midsommar"));
    /**
     * The end of a day's name joined to its saint's or feast's ("Mikkelinpäivä", "Pyhäinpäivänä", "Mikaelidagen",
     * "Trettondagen"), which no given name or surname the lists hold ends in.
     */
    private static final String[] DAYS_JOINED = {"päivä", "päivänä", "päivää", "päiväksi", "dagen", "dagens"};
    /** The fewest letters of the saint's or feast's name a day's word is joined to. */
    private static final int SHORTEST_STEM = 3;

    private SaintsAndHolidays() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (names[t] && (FEASTS.contains(text, tokens.start(t), tokens.end(t)) || isJoinedDay(text, tokens, words, t))) {
                names[t] = false;
            }
            if (isSwedishSaint(text, tokens, names, t)) {
                // "S:t Olofs kyrka": the abbreviation's two letters and the saint's name
                names[t] = false;
                names[t + 1] = false;
                names[t + 2] = false;
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            if ((names[t] || names[t + 1]) && (isSaint(text, tokens, names, t) || isFinnishSaint(text, tokens, t))) {
                names[t] = false;
                names[t + 1] = false;
            } else if (names[t] && (isBeforeNameDay(text, tokens, t) || isInHoliday(text, tokens, t))) {
                names[t] = false;
            } else if (names[t] && isBeforeFlagDay(text, tokens, t)) {
                // "Aleksis Kiven päivänä": the given names before the genitive are the day's too.
                names[t] = false;
                for (int j = t - 1; j >= 0 && j >= t - 2 && tokens.isCapitalised(j) && tokens.spaced(j, j + 1); j--) {
                    names[j] = false;
                }
            }
        }
    }

    /** "Runebergin päivänä", "Minna Canthin päivää": a capitalised genitive before "päivä" in lower case. */
    private static boolean isBeforeFlagDay(String text, Tokens tokens, int t) {
        return tokens.isCapitalised(t) && text.charAt(tokens.end(t) - 1) == 'n' && tokens.spaced(t, t + 1)
                && tokens.isLowerCase(t + 1) && tokens.length(t + 1) <= 9
                && DAYS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** "Mikkelinpäivä", "Mikaelidagen": a capitalised word no name list holds, a day's word joined to a name. */
    private static boolean isJoinedDay(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.isCapitalised(t) || words[t] != null && NameWords.isAnyName(words[t])) {
            return false;
        }
        var word = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        for (var day : DAYS_JOINED) {
            if (word.length() >= day.length() + SHORTEST_STEM && word.endsWith(day)) {
                return true;
            }
        }
        return false;
    }

    /** "S:t Olof": Swedish "S:t" before a capitalised name, not after a name. */
    private static boolean isSwedishSaint(String text, Tokens tokens, boolean[] names, int t) {
        return t + 2 < tokens.size() && (names[t + 1] || names[t + 2]) && text.startsWith("S:t ", tokens.start(t))
                && tokens.end(t) == tokens.start(t) + 1 && tokens.start(t + 2) == tokens.start(t) + 4
                && tokens.isCapitalised(t + 2) && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t));
    }

    /** "Pyhän Henrikin katedraali": "Pyhän" before a capitalised name and a church's word ({@link ChurchesAndParishes}). */
    private static boolean isFinnishSaint(String text, Tokens tokens, int t) {
        return t + 2 < tokens.size() && tokens.is(t, "pyhän") && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                && tokens.spaced(t + 1, t + 2) && ChurchesAndParishes.isFinnishChurchWord(text, tokens, t + 2);
    }

    /**
     * "St Mary's", "St. Andrew", "Saint Albans": not after a name ("Jo St Clair", "Jarmo St. John").
     */
    private static boolean isSaint(String text, Tokens tokens, boolean[] names, int t) {
        if (!SAINTS.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        int gap = tokens.start(t + 1) - tokens.end(t);
        boolean follows = gap == 1 && tokens.spaced(t, t + 1)
                || gap == 2 && text.charAt(tokens.end(t)) == '.' && text.charAt(tokens.end(t) + 1) == ' ';
        return follows && (tokens.isCapitalised(t + 1) || tokens.isLowerCase(t) && tokens.isLowerCase(t + 1))
                && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t));
    }

    /** "Annan nimipäivä", "Anna's name day". */
    private static boolean isBeforeNameDay(String text, Tokens tokens, int t) {
        int next = t + 1;
        if (isPossessive(text, tokens, next)) {
            next++;
        }
        if (next >= tokens.size() || !tokens.isLowerCase(next) || !tokens.spaced(next - 1, next)) {
            return false;
        }
        return NAME_DAYS.contains(text, tokens.start(next), tokens.end(next))
                || tokens.is(next, "name") && next + 1 < tokens.size() && tokens.is(next + 1, "day") && tokens.spaced(next, next + 1);
    }

    /**
     * A capitalised word of a run before a capitalised "Day": the run is a holiday's name if a possessive ends it
     * ("St Andrew's Day") or it has two words or more ("Martin Luther King Day"), unless a reporting verb or a
     * possessive follows ("Mary Ann Day called"); a run before a capitalised "Night" is an evening's ("Guy Fawkes
     * Night").
     */
    private static boolean isInHoliday(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t)) {
            return false;
        }
        int count = 1;
        int k = t;
        while (k + 1 < tokens.size() && k + 1 - t <= LONGEST_HOLIDAY && tokens.isCapitalised(k + 1) && tokens.spaced(k, k + 1)) {
            k++;
            count++;
        }
        // Leftwards too: the run is the same whichever of its words is asked.
        for (int j = t; j > 0 && tokens.isCapitalised(j - 1) && tokens.spaced(j - 1, j) && count <= LONGEST_HOLIDAY; j--) {
            count++;
        }
        if (k > t && tokens.is(k, "night")) {
            return true;
        }
        if (k > t && tokens.is(k, "day")) {
            boolean person = k + 1 < tokens.size() && (NamesBeforeReportingVerbs.isReportingVerb(text, tokens, k + 1)
                    && tokens.spaced(k, k + 1) || isPossessive(text, tokens, k + 1));
            return !person && count >= 3;
        }
        // "St Andrew's Day": the possessive's "s" and then "Day".
        return k + 2 < tokens.size() && isPossessive(text, tokens, k + 1) && tokens.is(k + 2, "day")
                && tokens.isCapitalised(k + 2) && tokens.spaced(k + 1, k + 2);
    }

    private static boolean isPossessive(String text, Tokens tokens, int t) {
        return t < tokens.size() && tokens.length(t) == 1 && tokens.is(t, "s") && tokens.start(t) == tokens.end(t - 1) + 1
                && (text.charAt(tokens.start(t) - 1) == '\'' || text.charAt(tokens.start(t) - 1) == '’');
    }
}
