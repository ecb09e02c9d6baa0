package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The controls and sections of a wiki, intranet or forum page, copied into a ticket with the page: the name tagger
 * reads their capitalised words as names, as they stand before people's names ("Like (3) · Aino Virta, …", "Gillas av
 * Tove Sandell", "Labels: porting, sim", "IT / How-to / Port a number", "\"Replaced Aino Virta's number\"",
 * "Kuitunet Forum › Bredband › Tråd 845273", "aino_v (Stamgäst, 312 inlägg)"):
 * <ul>
 *   <li>a control's word opening a line before a count in brackets, a colon or "av", "by", "on" ({@link #CONTROLS}:
 *       like, tykkää, gillas, labels, tunnisteet, etiketter, comments, kommentit, mentioned, attachments …);</li>
 *   <li>a section's word between the slashes of a page's path ({@link #SECTIONS}: how-to, FAQ, ohjeet,
 *       instruktioner, knowledge base …);</li>
 *   <li>the past participle that opens an edit's summary in quotes ("Replaced …", "Korjattu …", "Lisätty …",
 *       "Uppdaterade …");</li>
 *   <li>every item of a breadcrumb, a line of two "›" or more ("Vesiteho Community › Billing › Thread 383115"), the
 *       site's name too, but in its last item, a thread's title that may name someone, only a thread's word;</li>
 *   <li>a post's or thread's word before its number ({@link #POSTS}: "Inlägg #4147", "Thread t/383115", "viesti
 *       #35");</li>
 *   <li>a member's rank in brackets after their handle ({@link #RANKS}: "(Stamgäst, 312 inlägg)", "(Top
 *       Contributor)", "(Uusi jäsen, viestejä 12)").</li>
 * </ul>
 * But the breadcrumb's site, only where no name list reads the word as a name.
 */
final class WikiControls {

    private static final WordSet CONTROLS = WordSet.of(Set.of("like", "likes", "liked", "tykkää", "tykkäykset",
            "tykkäsivät", "gillas", "gillar", "gilla", "labels", "label", "tunnisteet", "tunniste", "etiketter", "etikett",
            "comments", "kommentit", "kommentarer", "mentioned", "mainittu", "mainitut", "nämnd", "nämnda", "attachments",
            "liitteet", "bilagor", "watchers", "seuraajat", "bevakare"));
    private static final WordSet SECTIONS = WordSet.of(Set.of("how-to", "howto", "faq", "ukk", "ohjeet", "ohje",
            "instruktioner", "instruktion", "anvisningar", "guides", "knowledge", "kunskapsbas", "tietopankki", "wiki"));
    /** A forum's post, thread or comment, Finnish, Swedish and English, before its number. */
    private static final WordSet POSTS = WordSet.of(Set.of("inlägg", "inlägget", "tråd", "tråden", "kommentar",
            "ketju", "viesti", "kommentti", "thread", "post", "topic", "comment", "reply"));
    /**
     * Members' ranks on forums and community boards, each word of them (Finnish, Swedish, English): "Uusi jäsen",
     * "Kultajäsen", "Superkäyttäjä", "Nykomling", "Stamgäst", "Top Contributor", "Veteran", "Expert", "Level 3".
     */
    private static final WordSet RANKS = WordSet.of(Set.of("uusi", "jäsen", "aktiivinen", "kultajäsen", "hopeajäsen",
            "superkäyttäjä", "konkari", "vakiokävijä", "nykomling", "stamgäst", "medlem", "ny", "aktiv", "guldmedlem",
            "superanvändare", "newbie", "member", "top", "contributor", "veteran", "expert", "legend", "rookie",
            "regular", "moderator", "level", "rank", "senior", "junior", "new", "active", "gold", "silver"));
    /** A breadcrumb's separator. */
    private static final char CRUMB = '›';
    /** Endings of past participles: English, Finnish, Swedish ("Replaced", "Korjattu", "Lisätty", "Uppdaterade"). */
    private static final String[] PARTICIPLE_ENDINGS = {"ed", "ttu", "tty", "ade", "erat"};
    private static final int SHORTEST_PARTICIPLE = 6;

    private WikiControls() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (words[t] == null || !NameWords.isAnyName(words[t]))
                    && (isControl(text, tokens, t) || isSection(text, tokens, t) || opensSummary(text, tokens, t)
                    || isPost(text, tokens, t) || isRank(text, tokens, t))) {
                names[t] = false;
            }
        }
        if (text.indexOf(CRUMB) >= 0) {
            unmarkBreadcrumbs(text, tokens, words, names);
        }
    }

    /**
     * A line of two "›" or more is a page's breadcrumb: its items are the site's and its sections' names. Its last
     * item is the thread's title, which may name someone: there only a thread's or post's word loses the mark.
     */
    private static void unmarkBreadcrumbs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t]) {
                continue;
            }
            int start = tokens.start(t);
            int lineStart = Characters.lineStart(text, start);
            int lineEnd = Characters.lineEnd(text, start);
            int lastCrumb = text.lastIndexOf(CRUMB, lineEnd - 1);
            if (lastCrumb < lineStart || text.lastIndexOf(CRUMB, lastCrumb - 1) < lineStart) {
                continue;
            }
            if (start < lastCrumb || POSTS.contains(text, start, tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    /** "Inlägg #4147", "Thread t/383115", "Tråd 845273": a post's or thread's word before its number. */
    private static boolean isPost(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (!POSTS.contains(text, tokens.start(t), end) || end + 2 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int i = end + 1;
        if (text.charAt(i) == '#') {
            i++;
        } else if (Character.isLetter(text.charAt(i)) && i + 1 < text.length() && text.charAt(i + 1) == '/') {
            i += 2;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    /**
     * "aino_v (Stamgäst, 312 inlägg)", "(Top Contributor)": a rank's words in the brackets after a handle, up to the
     * bracket's comma or its end.
     */
    private static boolean isRank(String text, Tokens tokens, int t) {
        if (!RANKS.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        int open = tokens.start(t) - 1;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != '\n' && text.charAt(open) != ',') {
            open--;
        }
        if (open < 2 || text.charAt(open) != '(' || text.charAt(open - 1) != ' ') {
            return false;
        }
        int close = tokens.end(t);
        while (close < text.length() && text.charAt(close) != ')' && text.charAt(close) != ',' && text.charAt(close) != '\n') {
            close++;
        }
        return close < text.length() && text.charAt(close) != '\n' && allRankWords(text, open + 1, close)
                && isHandle(text, Characters.lineStart(text, open), open - 1);
    }

    /** Every word of {@code text[from, to)} a rank's word or a number ("Top Contributor", "Level 3"). */
    private static boolean allRankWords(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int end = i;
            while (end < to && text.charAt(end) != ' ') {
                end++;
            }
            if (end > i && !RANKS.contains(text, i, end) && !Character.isDigit(text.charAt(i))) {
                return false;
            }
            i = end + 1;
        }
        return true;
    }

    /** A handle alone on its line before the bracket: letters in lower case, digits, "_", "." or "-", no space. */
    private static boolean isHandle(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(Character.isLowerCase(c) || Character.isDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "Like (3) ·", "Gillas av", "Labels:", "Comments on", opening its line. */
    private static boolean isControl(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (!CONTROLS.contains(text, start, end) || start > 0 && text.charAt(start - 1) != '\n') {
            return false;
        }
        return text.startsWith(":", end) || text.startsWith(" (", end) && end + 2 < text.length() && Character.isDigit(text.charAt(end + 2))
                || text.startsWith(" av ", end) || text.startsWith(" by ", end) || text.startsWith(" on ", end);
    }

    /** "ITSD / How-to / Port a number": a section's word after or before a spaced slash. */
    private static boolean isSection(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return SECTIONS.contains(text, start, end) && (start >= 3 && text.startsWith(" / ", start - 3) || text.startsWith(" / ", end));
    }

    /** A past participle right after an opening quotation mark: an edit's summary ("\"Replaced Aino Virta's number\""). */
    private static boolean opensSummary(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (start == 0 || text.charAt(start - 1) != '"' || end - start < SHORTEST_PARTICIPLE
                || start >= 2 && Characters.isLetterOrNumber(text.charAt(start - 2))) {
            return false;
        }
        for (var ending : PARTICIPLE_ENDINGS) {
            if (text.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }
}
