package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A poster's handle where a discussion board prints it (R8.2): a post's header, the handle and its rank or post count in
 * parentheses ("nils_m (Veteran, 22 posts)", "talluddl (Uusi jäsen)", "signesan_ (Nykomling, 430 inlägg)"); a quote's
 * header ("Quote from schneiderh:", "Citat från olof_a:", "Lainaus käyttäjältä satusar_:"); a reply's header
 * ("reinorieskakorpi kirjoitti 17.03.2026:", "tuuli_u vastasi:", "minjun_kim wrote:", "axel_g skrev:"); and, in a
 * thread that such a header opens, a line's speaker before its colon ("carrillol: Kannattaa laittaa viestiä …"). A
 * board names its users by these handles, not by their names. The handle opens with a letter and is one word of
 * letters, digits, dots, underscores and hyphens; one of letters alone is in lower case, as a capitalised one is a name
 * the name rules read, and is none of the words a board writes for a poster it does not name ("anonyymi kirjoitti:",
 * "guest wrote:"); a speaker's, which only the layout around it marks, is no ordinary word either ("huom: …", "edit:
 * …"), where a header's is a handle even where a dictionary reads it ("vilukalliot vastasi:"). Not an organisation's
 * account ({@link OrganisationAccounts}: "Kuitunet_Asiakaspalvelu (Moderator)").
 */
final class ForumPosters {

    private static final String HANDLE = "(\\p{L}[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])";
    /** A board's ranks, in lower case: what a header writes in parentheses after a handle besides a post count. */
    private static final Pattern RANK = Pattern.compile("(?iu)(?:uusi |aktiivinen |kulta|hopea|pronssi|kunnia)?jäsen"
            + "|superkäyttäjä|moderaattori|ylläpitäjä|konkari|vakiokävijä|tulokas|asiantuntija"
            + "|(?:ny |aktiv |guld|silver|heders)?medlem|nykomling|stamgäst|superanvändare|moderator|veteran|expert|guru"
            + "|(?:new |active |gold |silver |senior |junior )?member|(?:top |frequent )?contributor|super ?user|newbie|rookie"
            + "|regular|admin|champion|mvp|(?:level|taso|nivå) \\d{1,2}");
    /** A post count: "22 posts", "viestejä 370", "430 inlägg". */
    private static final Pattern COUNT = Pattern.compile("(?iu)\\d+ (?:posts?|viestiä|viestejä|inlägg|replies|vastausta)"
            + "|(?:posts|viestejä|viestiä|inlägg|replies|vastauksia):? \\d+");
    private static final Pattern RANKED = Pattern.compile("(?m)^[ \\t]*" + HANDLE + " \\(([^()\\n]{2,60})\\)[ \\t]*$");
    private static final Pattern QUOTED = Pattern.compile("(?m)^[ \\t>]*(?iu:quote from|quoting|citat från|citerar"
            + "|lainaus käyttäjältä|lainaus) " + HANDLE + ":?[ \\t]*$");
    private static final Pattern REPLIED = Pattern.compile("(?m)^[ \\t>]*" + HANDLE + " (?iu:kirjoitti|vastasi|kommentoi|wrote"
            + "|replied|commented|skrev|svarade|kommenterade)(?: [^\\n]{1,40}?)?:[ \\t]*$");
    private static final Pattern SPEAKER = Pattern.compile("(?m)^[ \\t]*" + HANDLE + ": \\S");
    /** The cues of a quote's or a reply's header, as {@link Text}'s pair filter asks them. */
    private static final Fragment[] CUES = Fragment.each("quot", "citat", "citer", "lainaus", "kirjoitti", "vastasi",
            "kommentoi", "wrote", "replied", "commented", "skrev", "svarade", "kommenterade");
    private static final int SHORTEST = 3;
    /** The words a board or a commenter writes for a poster it does not name, in lower case. */
    private static final Set<String> UNNAMED = Set.of("anonyymi", "anon", "anonymous", "vieras", "guest", "gäst", "anonym",
            "joku", "someone", "somebody", "någon", "käyttäjä", "user", "användare", "nimetön", "unknown", "deleted", "poistettu",
            "raderad");

    private ForumPosters() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        int first = findings.size();
        var text = message.value();
        if (message.has('(')) {
            var ranked = RANKED.matcher(text);
            while (ranked.find()) {
                if (isRankOrCount(ranked.group(2))) {
                    add(text, ranked, true, lexicon, findings);
                }
            }
        }
        if (Fragment.anyMayBeIn(CUES, message)) {
            addEach(text, QUOTED.matcher(text), true, lexicon, findings);
            addEach(text, REPLIED.matcher(text), true, lexicon, findings);
        }
        if (findings.size() > first) {
            addEach(text, SPEAKER.matcher(text), false, lexicon, findings);
        }
    }

    /** "Veteran", "Level 3", "Aktiivinen jäsen, viestejä 370", "430 inlägg". */
    private static boolean isRankOrCount(String inParentheses) {
        int comma = inParentheses.indexOf(',');
        var first = (comma < 0 ? inParentheses : inParentheses.substring(0, comma)).strip();
        return RANK.matcher(first).matches() || COUNT.matcher(inParentheses).find();
    }

    private static void addEach(String text, Matcher m, boolean header, NameLexicon lexicon, List<Finding> findings) {
        while (m.find()) {
            add(text, m, header, lexicon, findings);
        }
    }

    /** The handle {@code m} holds, in a post's or a quote's {@code header} or else as a line's speaker. */
    private static void add(String text, Matcher m, boolean header, NameLexicon lexicon, List<Finding> findings) {
        int start = m.start(1);
        int end = m.end(1);
        if (isHandle(text, start, end, header, lexicon) && Finding.noneOverlaps(findings, start, end)) {
            findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
        }
    }

    private static boolean isHandle(String text, int start, int end, boolean header, NameLexicon lexicon) {
        if (end - start < SHORTEST || OrganisationAccounts.is(text, start, end)) {
            return false;
        }
        boolean marked = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            marked |= Scan.isDigit(c) || c == '_';
        }
        if (marked) {
            return true;
        }
        if (!Character.isLowerCase(text.charAt(start)) || UNNAMED.contains(text.substring(start, end))) {
            return false;
        }
        if (header) {
            return true;
        }
        for (int part = start, i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.' || text.charAt(i) == '-') {
                if (isOrdinaryWord(text, part, i, lexicon)) {
                    return false;
                }
                part = i + 1;
            }
        }
        return true;
    }

    /** "joku", "someone", "anonymous": a word no name, which a board writes for a poster it does not name. */
    private static boolean isOrdinaryWord(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return !w.isName() && (w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) || EnglishWords.contains(text, start, end)
                || EnglishNouns.contains(text, start, end) || NameLexicon.isThingOrWord(text, start, end));
    }
}
