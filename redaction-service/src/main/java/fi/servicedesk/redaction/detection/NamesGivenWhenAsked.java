package fi.servicedesk.redaction.detection;

/**
 * A chat's answer to a question for one's name is that name, in whatever case the user types it (R3.2, R8.2): "bot:
 * What's your name?" then "user: maxwell lindqvist"; "Kerrotko nimesi?", "Mikä on nimesi?", "Vad heter du?". The
 * answer is the whole of the next turn, one to three words, one with a name reading and none an English noun;
 * "user: en halua kertoa" or "user: why?" stay.
 */
final class NamesGivenWhenAsked {

    /** Questions for the other's name, in lower case. */
    private static final String[] QUESTIONS = {"your name", "your full name", "nimesi", "nimenne", "koko nimi",
            "mikä nimi", "ditt namn", "vad heter du", "ert namn"};
    private static final Fragment[] QUESTION_FRAGMENTS = {Fragment.of("name"), Fragment.of("nimesi"),
            Fragment.of("nimenne"), Fragment.of("nimi"), Fragment.of("namn"), Fragment.of("heter")};
    private static final int MOST_WORDS = 3;
    /** How far into its line a turn's text may begin: "[13:42] user: ", "2027-01-04 10:15 asiakas: ". */
    private static final int MAX_TURN_HEAD = 32;

    private NamesGivenWhenAsked() {
    }

    static boolean mayHoldQuestion(Text message) {
        return message.has('\n') && message.has('?') && Fragment.anyMayBeIn(QUESTION_FRAGMENTS, message);
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int t = 0;
        for (int line = 0, next; line < text.length(); line = next + 1) {
            next = text.indexOf('\n', line);
            if (next < 0) {
                return;
            }
            if (!asksName(text, line, next)) {
                continue;
            }
            int answerEnd = Characters.lineEnd(text, next + 1);
            int colon = text.indexOf(": ", next + 1);
            if (colon < 0 || colon > answerEnd || colon - next > MAX_TURN_HEAD) {
                continue;
            }
            while (t < tokens.size() && tokens.start(t) < colon) {
                t++;
            }
            int end = t;
            while (end < tokens.size() && tokens.start(end) < answerEnd) {
                end++;
            }
            if (end > t && end - t <= MOST_WORDS && onlyWordsBetween(text, tokens, t, end, answerEnd) && allCanBeNames(text, tokens, words, t, end)) {
                for (int k = t; k < end; k++) {
                    names[k] = true;
                }
            }
        }
    }

    /** The line is a question for a name: it ends with "?" and holds one of {@link #QUESTIONS}. */
    private static boolean asksName(String text, int line, int end) {
        int last = end;
        while (last > line && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last == line || text.charAt(last - 1) != '?') {
            return false;
        }
        var lower = text.substring(line, last).toLowerCase(java.util.Locale.ROOT);
        for (var question : QUESTIONS) {
            if (lower.contains(question)) {
                return true;
            }
        }
        return false;
    }

    /** The words fill the turn: spaces between, nothing but a stop after the last. */
    private static boolean onlyWordsBetween(String text, Tokens tokens, int first, int end, int answerEnd) {
        for (int k = first + 1; k < end; k++) {
            if (!tokens.spaced(k - 1, k)) {
                return false;
            }
        }
        for (int i = tokens.end(end - 1); i < answerEnd; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word at least with a name reading; each other known to no one and no English noun, or, after the first, a
     * Finnish word, as many a surname is one too ("leevi kallioniemi").
     */
    private static boolean allCanBeNames(String text, Tokens tokens, NameLexicon.Word[] words, int first, int end) {
        boolean name = false;
        for (int k = first; k < end; k++) {
            var w = words[k];
            if (w == null || EnglishNouns.contains(text, tokens.start(k), tokens.end(k))) {
                return false;
            }
            name |= w.isName();
            boolean unknown = !w.isKnown() && !NameLexicon.isThingOrWord(text, tokens.start(k), tokens.end(k));
            if (!w.isName() && !unknown && !(k > first && w.is(NameLexicon.Word.COMMON))) {
                return false;
            }
        }
        return name;
    }
}
