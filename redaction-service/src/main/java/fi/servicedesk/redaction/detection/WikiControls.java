package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The controls and sections of a wiki or intranet page, copied into a ticket with the page: the name tagger reads
 * their capitalised words as names, as they stand before people's names ("Like (3) · Aino Virta, …", "Gillas av Tove
 * Sandell", "Labels: porting, sim", "IT / How-to / Port a number", "\"Replaced Aino Virta's number\""):
 * <ul>
 *   <li>a control's word opening a line before a count in brackets, a colon or "av", "by", "on" ({@link #CONTROLS}:
 *       like, tykkää, gillas, labels, tunnisteet, etiketter, comments, kommentit, mentioned, attachments …);</li>
 *   <li>a section's word between the slashes of a page's path ({@link #SECTIONS}: how-to, FAQ, ohjeet,
 *       instruktioner, knowledge base …);</li>
 *   <li>the past participle that opens an edit's summary in quotes ("Replaced …", "Korjattu …", "Lisätty …",
 *       "Uppdaterade …").</li>
 * </ul>
 * Only where no name list reads the word as a name.
 */
final class WikiControls {

    private static final WordSet CONTROLS = WordSet.of(Set.of("like", "likes", "liked", "tykkää", "tykkäykset",
            "tykkäsivät", "gillas", "gillar", "gilla", "labels", "label", "tunnisteet", "tunniste", "etiketter", "etikett",
            "comments", "kommentit", "kommentarer", "mentioned", "mainittu", "mainitut", "nämnd", "nämnda", "attachments",
            "liitteet", "bilagor", "watchers", "seuraajat", "bevakare"));
    private static final WordSet SECTIONS = WordSet.of(Set.of("how-to", "howto", "faq", "ukk", "ohjeet", "ohje",
            "instruktioner", "instruktion", "anvisningar", "guides", "knowledge", "kunskapsbas", "tietopankki", "wiki"));
    /** Endings of past participles: English, Finnish, Swedish ("Replaced", "Korjattu", "Lisätty", "Uppdaterade"). */
    private static final String[] PARTICIPLE_ENDINGS = {"ed", "ttu", "tty", "ade", "erat"};
    private static final int SHORTEST_PARTICIPLE = 6;

    private WikiControls() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (words[t] == null || !NameWords.isAnyName(words[t]))
                    && (isControl(text, tokens, t) || isSection(text, tokens, t) || opensSummary(text, tokens, t))) {
                names[t] = false;
            }
        }
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
