package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * English phrases that leave room only for a person: a name before the possessive "'s" ("Megan's
 * laptop", "Abdi's monitor") or before "from" ("Grace from HR says hi").
 */
final class EnglishPersonPhrases {

    /** What a person has, in English: the unknown capitalised word before "'s" and one of these is a name ("Abdi's monitor"). */
    private static final Set<String> ENGLISH_POSSESSIONS = Set.of("laptop", "monitor", "screen", "account", "password",
            "phone", "mailbox", "inbox", "computer", "pc", "desk", "badge", "access", "calendar", "headset", "keyboard",
            "mouse", "login", "mobile", "manager", "team", "email", "note", "deputy");
    /** "the Company's laptop": a determiner makes a thing of the word. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "your", "my", "their", "his", "her",
            "its", "this", "that");
    /** {@link #DETERMINERS} as asked of a word, without a lower-cased copy of it. */
    private static final WordSet DETERMINER_WORDS = WordSet.of(DETERMINERS);

    /** Where only a person is after "is" or "was": "Rowan is off sick", "Crane was away", "Lumi is on leave". */
    private static final WordSet AWAY = WordSet.of(Set.of("off", "away", "ooo", "sick", "out"));
    private static final WordSet IS = WordSet.of(Set.of("is", "was", "s"));

    private EnglishPersonPhrases() {
    }

    /**
     * "Rowan is off sick; Rowan's tickets go to …", "Hope is on leave": a capitalised word that is a name
     * reading or unknown, before "is" and where only a person is, is a name even where it is also a word.
     */
    static void markAway(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && NameWords.isPersonWord(text, tokens, words[t], t)) {
            names[t] = isAway(text, tokens, t) || isOnLeaveInANote(text, tokens, words, t);
        }
    }

    /**
     * A log's note leaves "is" out: "…; Kirsty took the bridge; Chukwu on leave." The name, "on leave" and the clause's
     * end, after a semicolon or comma; not a common English noun nobody knows as a name ("Finance on leave").
     */
    private static boolean isOnLeaveInANote(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return t > 0 && t + 2 < tokens.size() && tokens.is(t + 1, "on") && tokens.is(t + 2, "leave") && tokens.spaced(t, t + 1)
                && tokens.spaced(t + 1, t + 2) && Characters.afterCommaOrSemicolon(text, tokens.start(t))
                && Characters.endsClause(text, tokens.end(t + 2))
                && !(!words[t].isKnown() && EnglishNouns.contains(text, tokens.start(t), tokens.end(t)));
    }

    /**
     * "niamh's out today", "sandy is off": in chat written in lower case, a word with a given name's reading (also one
     * the lists hold, or one that is a word too) before "is" and where only a person is; not a month ("may is off").
     */
    static void markAwayInLowerCase(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && words[t] != null && tokens.isLowerCase(t) && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && isAway(text, tokens, t) && !NotAPerson.isMonth(text.substring(tokens.start(t), tokens.end(t)))) {
            names[t] = true;
        }
    }

    /** "is" or "'s" follows the word, and then where only a person is. */
    private static boolean isAway(String text, Tokens tokens, int t) {
        if (t + 2 >= tokens.size() || tokens.length(t + 1) > 3 || !IS.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
            return false;
        }
        int state = t + 2;
        boolean away = AWAY.contains(text, tokens.start(state), tokens.end(state))
                || tokens.is(state, "on") && state + 1 < tokens.size() && tokens.is(state + 1, "leave");
        return away && (tokens.spaced(t, t + 1) || text.charAt(tokens.end(t)) == '\'') && tokens.spaced(t + 1, state);
    }

    /** A name reading before "'s" or "from": "Megan's laptop", "Grace from HR". */
    static void markNamesBeforePossessiveOrFrom(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        int n = tokens.size();
        for (int t : capitals) {
            // "Megan's laptop": the English possessive makes a name of a first name that opens a sentence.
            if (!names[t] && words[t] != null && words[t].isName() && possessive(text, tokens.end(t))) {
                names[t] = true;
            }
            // "Grace from HR says hi": a given name that is also a word, before "from".
            if (!names[t] && words[t] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                    && t + 1 < n && tokens.is(t + 1, "from") && tokens.spaced(t, t + 1)
                    && !NotAPerson.isMonth(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
                names[t] = true;
            }
        }
    }

    /** "Abdi's monitor": an unknown capitalised word before "'s" and what a person has. */
    static void markPossessors(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            if (!names[t] && isPossessor(text, tokens, words, t)) {
                names[t] = true;
            }
        }
    }

    private static boolean possessive(String text, int end) {
        return end + 2 <= text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    private static boolean isPossessor(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        if (words[t] == null || words[t].isKnown() || !tokens.isCapitalised(t) || end + 3 > text.length()
                || text.charAt(end) != '\'' && text.charAt(end) != '’' || text.charAt(end + 1) != 's' || text.charAt(end + 2) != ' ') {
            return false;
        }
        var lower = text.substring(tokens.start(t), end).toLowerCase(Locale.ROOT);
        if (t > 0 && DETERMINER_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return false;
        }
        // The "s" is a word of its own to Tokens.
        int next = t + 1 < tokens.size() && tokens.start(t + 1) == end + 1 ? t + 2 : t + 1;
        // "Finance's team", "Legal's note": a department is a common noun, a person is not.
        return !NameLexicon.isThingOrWord(lower) && !EnglishNouns.contains(text, tokens.start(t), end)
                && next < tokens.size() && tokens.start(next) == end + 3
                && Characters.isOneOf(ENGLISH_POSSESSIONS, text, tokens.start(next), tokens.end(next));
    }
}
