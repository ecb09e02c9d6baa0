package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * A name found alone and one capitalised word beside it that close their field together are the two halves of one
 * person's name, whatever the other word reads as elsewhere (R3.2): a surname that is a word or a place ("Rope Kelo)",
 * "DC Ykä Peippo,", "matkustajana Beaska Nuorgam" at the line's end), one nobody knows ("Investigator Xueying Ding
 * (dingxu)") and a surname in capitals before its given name in a cell or parentheses ("…;KAAKKURI Raikko",
 * "(LAHHAM Wael)"). The word after the name must end its clause at a punctuation mark or the line's end, where a
 * sentence's next word would go on; the word before it must open a cell or parentheses. A greeting, role, weekday or
 * month beside a name ("Anna Support)", "Mikko Monday,") stays, and so does a word beside a run of two names already.
 */
final class NameHalvesInFields {

    private NameHalvesInFields() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        var found = names.clone();
        for (int t = 0; t < tokens.size(); t++) {
            if (!found[t] || !isNameShaped(text, tokens, t) || markedBeside(tokens, found, t)) {
                continue;
            }
            int after = t + 1;
            if (after < tokens.size() && tokens.oneSpaceApart(t, after) && couldBeOtherHalf(text, tokens, words, after)
                    && couldBeSurnameAfter(text, tokens, words, t, after) && closesClause(text, tokens.end(after)) && opensPhrase(text, tokens, words, t)) {
                names[after] = true;
            }
            int before = t - 1;
            if (before >= 0 && tokens.oneSpaceApart(before, t) && couldBeOtherHalf(text, tokens, words, before)
                    && couldBeWrittenFirst(text, tokens, words[before], before) && opensCell(text, tokens, before) && closesClause(text, tokens.end(t))) {
                names[before] = true;
            }
        }
    }

    /** A name found beside {@code t} already, one space away: the pair is found, or its third word is no part of it. */
    private static boolean markedBeside(Tokens tokens, boolean[] found, int t) {
        return t > 0 && found[t - 1] && tokens.oneSpaceApart(t - 1, t)
                || t + 1 < tokens.size() && found[t + 1] && tokens.oneSpaceApart(t, t + 1);
    }

    /** Capitalised ("Kieu") or in capitals with a letter after the first ("DING"), as a name's half is written. */
    private static boolean isNameShaped(String text, Tokens tokens, int t) {
        if (tokens.length(t) < 2) {
            return false;
        }
        if (tokens.isCapitalised(t)) {
            return true;
        }
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean couldBeOtherHalf(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && isNameShaped(text, tokens, t) && !NamesAfterCues.isGreeting(text, tokens, t)
                && !NamesAfterCues.isRole(text, tokens, words, t) && !Weekdays.isWeekday(text, tokens, t)
                && !Weekdays.isDate(text, tokens, t);
    }

    /**
     * After a name, a surname in its base form, a word of the language too ("Kelo", "Repo"), but not a place, which
     * a name's line gives as its seat ("Addis Abeba", "Kotihoito Hervanta"), an English word, which names a thing
     * ("Cron Daemon", "Churchill Tower"), or a word in a case form ("Amos Rexissä", "Rosaa Matinkylässä"). A word of
     * the language follows a given name only, as after a surname it names the firm ("Humala Kodinkone").
     */
    private static boolean couldBeSurnameAfter(String text, Tokens tokens, NameLexicon.Word[] words, int name, int t) {
        var w = words[t];
        if (NameWords.isAnyName(w) && !w.is(NameLexicon.Word.PLACE)) {
            return true;
        }
        return !w.is(NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD) && !EnglishWords.contains(text, tokens.start(t), tokens.end(t))
                && (w.base() == null || NameWords.isWrittenAs(text, tokens.start(t), tokens.end(t), w.base()))
                && !endsInLocalCase(text, tokens, t)
                && (!w.isKnown() || words[name] == null || NameWords.isGivenName(words[name]) || !words[name].isKnown());
    }

    /** "-ssä", "-sta", "-lla", "-lle", …: a place's case ending, which no surname's base form has. */
    private static boolean endsInLocalCase(String text, Tokens tokens, int t) {
        return Characters.endsWithAny(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT), NameWords.LOCAL_CASE_ENDINGS);
    }

    /**
     * Before a name, a surname written first in capitals ("KAAKKURI Raikko") or a word that is a name or nobody's word;
     * a word of the language there is one opening a line ("Kysyin Sointulta", "Hyvä Akana", "Backup Pavel").
     */
    private static boolean couldBeWrittenFirst(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return !tokens.isCapitalised(t) || (NameWords.isAnyName(w) || !w.isKnown()) && !w.is(NameLexicon.Word.ENGLISH_WORD)
                && !EnglishWords.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The name found opens its phrase: at a punctuation mark or a line's start, or after a word in lower case or
     * capitals ("vastapuoli", "DC") or one of the language's (a cue: "Investigator", "Kirjannut"), not after an unfound
     * capitalised word, which would make the pair a longer name or a firm's.
     */
    private static boolean opensPhrase(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int i = tokens.start(t) - 1;
        if (i >= 0 && (text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            // "Counter-Fraud Investigator": the found word is the second part of a compound.
            return false;
        }
        if (i < 0 || !Character.isLetterOrDigit(text.charAt(i))) {
            return i < 0 || text.charAt(i) != ' ' || t == 0 || !tokens.oneSpaceApart(t - 1, t) || !tokens.isCapitalised(t - 1)
                    || words[t - 1] != null && words[t - 1].isKnown() && !words[t - 1].isName();
        }
        return false;
    }

    /** A closing parenthesis, comma, semicolon, colon or full stop straight after the word, " (" or the line's end. */
    private static boolean closesClause(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return c == '\n' || c == '\r' || ");,:|\t".indexOf(c) >= 0 || c == '.' && !isAbbreviation(text, end)
                || text.startsWith(" (", end);
    }

    /** A full stop after three letters or fewer ("Art. 6", "ks."), or one with a letter or digit straight after it. */
    private static boolean isAbbreviation(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end - start <= 3 || end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /**
     * A semicolon, a bar, a tab or an opening parenthesis or quote right before the word; a line's start only before
     * a word in capitals, as a line opens with a capitalised word of any kind ("Försäkringsbolaget Norrsken").
     */
    private static boolean opensCell(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (start == 0 || text.charAt(start - 1) == '\n') {
            return !tokens.isCapitalised(t);
        }
        return ";|\t(\"".indexOf(text.charAt(start - 1)) >= 0;
    }
}
