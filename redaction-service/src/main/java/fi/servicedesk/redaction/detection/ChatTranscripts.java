package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The people of a chat transcript pasted into a ticket (R3.2, R8.2), where the layout, not the words, says who
 * speaks: a WhatsApp export's sender after its time stamp ("7.12.2026 klo 9.14 - Nino Beridze:", "07/12/2026,
 * 09:14 - Lark Hotak:"), a WebVTT caption's voice ("&lt;v Catriona Bay&gt;"), a web chat's visitor or agent by their
 * role ("Visitor (Dafydd)", "Vierailija (Linnea)", "Asiakaspalvelija Marivic:"), and the chat system's lines about
 * them ("Coral Beridze joined the chat", "Bud left the chat", "Gethin transferred the chat to Sky Chukwu", "Linnea
 * arvioi keskustelun 4/5", "Vesa Mänty liittyi keskusteluun", "Kaisla siirsi keskustelun käyttäjälle …"). There one
 * to three capitalised words that can be a name are names, whatever else they are ("Storm", "Sky"), as in a
 * table's name column.
 */
final class ChatTranscripts {

    /** The most words a speaker's name has here. */
    private static final int MOST_WORDS = 3;
    /** Roles of a web chat's parties before their name in parentheses or before a speaker's colon. */
    private static final Set<String> ROLES = Set.of("visitor", "agent", "customer", "guest", "operator", "vierailija",
            "asiakaspalvelija", "asiakas", "vieras");
    /** {@link #ROLES} as the word before each capitalised one is asked, without a lower-cased copy of it. */
    private static final WordSet ROLE_WORDS = WordSet.of(ROLES);
    /** The chat system's lines about a party, after the party's name: the words in lower case. */
    private static final String[][] EVENTS = {{"joined", "the", "chat"}, {"left", "the", "chat"},
            {"transferred", "the", "chat"}, {"rated", "the", "chat"}, {"has", "joined"}, {"has", "left"},
            {"liittyi", "keskusteluun"}, {"poistui", "keskustelusta"}, {"siirsi", "keskustelun"}, {"arvioi", "keskustelun"}};
    /** Where the party an event hands the chat to follows: "… transferred the chat to X", "… käyttäjälle X". */
    private static final Set<String> HANDED_TO = Set.of("to", "käyttäjälle", "asiantuntijalle", "agentille");
    /** {@link #HANDED_TO} as asked of a word, without a lower-cased copy of it. */
    private static final WordSet HANDED_TO_WORDS = WordSet.of(HANDED_TO);

    private ChatTranscripts() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            int start = tokens.start(t);
            if (isWhatsAppSender(text, start) || start >= 3 && text.startsWith("<v ", start - 3)
                    || t > 0 && isAfterRole(text, tokens, t)) {
                markRun(text, tokens, words, names, t);
            } else if (tokens.beginsSentence(t) || start > 1 && text.charAt(start - 2) == ']') {
                int event = eventAfterRun(text, tokens, words, t);
                if (event >= 0) {
                    markRun(text, tokens, words, names, t);
                    handedTo(text, tokens, words, names, event);
                }
            }
        }
    }

    /** " - " after a time stamp on a line that opens with a date's digits: a WhatsApp export's sender. */
    private static boolean isWhatsAppSender(String text, int start) {
        if (start < 8 || !text.startsWith(" - ", start - 3) || !Scan.isDigit(text.charAt(start - 4))) {
            return false;
        }
        int line = Characters.lineStart(text, start);
        return Scan.isDigit(text.charAt(line)) && (text.charAt(start - 6) == ':' || text.charAt(start - 6) == '.');
    }

    /** A role and "(" before the word ("Visitor (Dafydd)"), or a role before it and a colon after its run ("Agent Wren:"). */
    private static boolean isAfterRole(String text, Tokens tokens, int t) {
        if (!ROLE_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return false;
        }
        var between = text.substring(tokens.end(t - 1), tokens.start(t));
        if (between.equals(" (")) {
            return true;
        }
        return between.equals(" ") && tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == ':';
    }

    /**
     * The index of an event's last word when one follows a run of one to {@link #MOST_WORDS} words that can be a
     * name from {@code t} ("Coral Beridze joined the chat"); -1 otherwise.
     */
    private static int eventAfterRun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int next = t;
        for (int k = 0; k < MOST_WORDS && next < tokens.size() && NameWords.canBeSurname(text, tokens, words[next], next)
                && (next == t || tokens.spaced(next - 1, next)); k++) {
            next++;
        }
        if (next == t || next >= tokens.size() || !tokens.spaced(next - 1, next)) {
            return -1;
        }
        for (var event : EVENTS) {
            if (next + event.length <= tokens.size() && follows(tokens, next, event)) {
                return next + event.length - 1;
            }
        }
        return -1;
    }

    private static boolean follows(Tokens tokens, int from, String[] event) {
        for (int k = 0; k < event.length; k++) {
            if (!tokens.is(from + k, event[k]) || k > 0 && !tokens.spaced(from + k - 1, from + k)) {
                return false;
            }
        }
        return true;
    }

    /** "… transferred the chat to Sky Chukwu", "… siirsi keskustelun käyttäjälle Ulrikalle": the party handed the chat. */
    private static void handedTo(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int event) {
        int to = event + 1;
        if (to + 1 < tokens.size() && HANDED_TO_WORDS.contains(text, tokens.start(to), tokens.end(to))
                && tokens.spaced(to, to + 1)) {
            markRun(text, tokens, words, names, to + 1);
        }
    }

    /** One to {@link #MOST_WORDS} spaced words from {@code t} that can be a name. */
    private static void markRun(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        for (int k = t; k < t + MOST_WORDS && k < tokens.size() && NameWords.canBeSurname(text, tokens, words[k], k)
                && (k == t || tokens.spaced(k - 1, k)); k++) {
            names[k] = true;
        }
    }
}
