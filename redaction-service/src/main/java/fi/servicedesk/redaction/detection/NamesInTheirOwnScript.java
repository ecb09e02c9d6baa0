package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A person's name in their own script beside or instead of Latin letters (R3.2, R8.2): "Oksana Petrenko (Оксана
 * Петренко)", "祝伟 (Zhu Wei)", "Amir Rahimi / امیر رحیمی", a table's "| Sita Rai | सीता राई |", a signature's
 * "Dawit Bekele⏎ዳዊት በቀለ". Most of these scripts have no capitals (Arabic, Hebrew, Chinese, Japanese, Korean, Thai,
 * Devanagari, Georgian, Amharic), so no rule that starts at a capital reads them, and the name lists hold none of their
 * words. A run of one to four words of one script other than Latin, spaced apart, is a name where it stands as the twin
 * of a name in Latin letters the rules have marked: in brackets after or before it, after or before a slash or a
 * table's bar, or alone on the line under it. A run of a script without capitals is also a name right after a word
 * that says a person follows ("Asiakas:", "my name is", "puoliso", "Jag heter"): such a script has no other sign
 * of a name, and the cue is the one its Latin transliteration would have. Five words or more of one script, and three
 * or more of a script without capitals that are neither, are a sentence of that language, and such a run before a
 * colon a field's label ("شماره من:", my number), whatever score marked them.
 */
final class NamesInTheirOwnScript {

    /** The most words of one name: Amharic and Somali names have three parts, a name with a particle four. */
    private static final int MOST_WORDS = 4;
    /** The most characters of one Chinese, Japanese or Korean name word: 上官语嫣, a compound surname and a given name. */
    private static final int MOST_IDEOGRAPHS = 4;
    /** The longest word of another script read as a name part. */
    private static final int LONGEST_WORD = 20;
    /**
     * Words right before a person (as a label, or in "my sister …", "puolisoni …"), in lower case: Finnish, English and
     * Swedish labels and kin, as the message around a name in its own script is written in one of these.
     */
    private static final WordSet CUES = WordSet.of(Set.of(
            "nimi", "nimeni", "nimeä", "olen", "asiakas", "asukas", "tutkija", "opiskelija", "tulkki", "huoltaja",
            "vastaanottaja", "luovuttaja", "puoliso", "puolisoni", "äitini", "isäni", "veljeni", "veli", "siskoni", "sisareni",
            "poikani", "tyttäreni", "lapsi", "lapseni", "ystäväni", "kirjaimistolla", "kirjaimistollani", "puolestani",
            "name", "named", "am", "client", "customer", "student", "students", "researcher", "resident", "interpreter",
            "guardian", "brother", "sister", "father", "mother", "son", "daughter", "partner", "spouse", "wife", "husband",
            "classmate", "friend", "script",
            "heter", "namn", "klient", "kund", "tolk", "sambo", "bror", "syster", "mor", "far", "make", "maka", "dotter"));
    /** "nimi on", "name is", "namnet är": a verb after a word for name. */
    private static final WordSet NAME_WORDS = WordSet.of(Set.of("nimi", "nimeni", "name", "namn", "namnet"));
    private static final WordSet COPULAS = WordSet.of(Set.of("on", "is", "är"));

    private NamesInTheirOwnScript() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        int n = tokens.size();
        unmarkPhrases(text, tokens, names);
        boolean[] latinNames = names.clone();
        unmarkLoneWords(text, tokens, lexicon, latinNames, names);
        for (int t = 0; t < n; t++) {
            var script = scriptOf(text, tokens, t);
            if (script == null) {
                continue;
            }
            int last = t;
            while (last + 1 < n && last + 1 - t < MOST_WORDS && scriptOf(text, tokens, last + 1) == script
                    && spacedApart(text, tokens.end(last), tokens.start(last + 1))) {
                last++;
            }
            boolean sentence = last + 1 < n && scriptOf(text, tokens, last + 1) == script
                    && spacedApart(text, tokens.end(last), tokens.start(last + 1));
            while (sentence && last + 1 < n && scriptOf(text, tokens, last + 1) == script) {
                last++;
            }
            boolean name = !sentence && (twinOfLatinName(text, tokens, latinNames, t, last) || !hasCapitals(script) && afterCue(text, tokens, t));
            // Three words or more of a script without capitals, no twin of a Latin name and after no cue, are a sentence
            // of that language ("Я не могу войти" has capitals to tell; "نمی‌توانم وارد حسابم شوم" has none).
            if (name || !hasCapitals(script) && (last - t + 1 >= MOST_WORDS - 1 || isLabel(text, tokens.end(last)))) {
                for (int k = t; k <= last; k++) {
                    names[k] = name;
                }
            }
            t = last;
        }
    }

    /** A colon right after the run ("شماره من:", "電話:"): a field's label, whose value follows. */
    private static boolean isLabel(String text, int end) {
        int after = skipSpaces(text, end);
        return after < text.length() && (text.charAt(after) == ':' || text.charAt(after) == '：');
    }

    /**
     * A run of Chinese or Japanese characters longer than a name ("也有同样的问题", "も同じ問題があります") is a phrase, those
     * scripts writing words without spaces, and a Korean word of five syllables or more ("안녕하세요") is no name; a word of Latin letters glued to another script ("Moodleにログインできません")
     * is a word and its ending. Neither is a name, whatever score marked it.
     */
    private static void unmarkPhrases(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && text.charAt(tokens.end(t) - 1) >= 128 && tokens.length(t) > MOST_IDEOGRAPHS && scriptOf(text, tokens, t) == null) {
                for (int i = tokens.start(t); i < tokens.end(t); i++) {
                    var s = Character.UnicodeScript.of(text.charAt(i));
                    if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                            || s == Character.UnicodeScript.HANGUL) {
                        names[t] = false;
                        break;
                    }
                }
            }
        }
    }

    /**
     * A capitalised Cyrillic, Greek or Armenian word with no other capitalised word of its script beside it is a word
     * that opens a sentence ("Здравствуйте!", "Дякую, …", "Ευχαριστώ"), a place ("Одеса", "Երևան") or a language, not
     * a name: a person written in these scripts is written whole, given name and surname ("Олена Шевчук"), unless
     * the word is the twin of a Latin name beside it or a given name once in Latin letters ("Дякую, Олена!").
     */
    private static void unmarkLoneWords(String text, Tokens tokens, NameLexicon lexicon, boolean[] latin, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t)) {
                continue;
            }
            var script = scriptOf(text, tokens, t);
            if (script != null && hasCapitals(script) && !capitalisedNeighbour(text, tokens, t, t - 1, script)
                    && !capitalisedNeighbour(text, tokens, t, t + 1, script) && !twinOfLatinName(text, tokens, latin, t, t)
                    && !isGivenNameInLatin(text, tokens, lexicon, t)) {
                names[t] = false;
            }
        }
    }

    /** The word in Latin letters ({@link Transliteration}) is a given name and nothing else to the lexicon: "Олена" is Olena. */
    private static boolean isGivenNameInLatin(String text, Tokens tokens, NameLexicon lexicon, int t) {
        var latin = Transliteration.toLatin(text, tokens.start(t), tokens.end(t));
        if (latin == null || latin.length() < 2) {
            return false;
        }
        var w = lexicon.lookup(latin, 0, latin.length());
        return w.isOnlyName() && w.is(NameLexicon.Word.FIRST) && !w.is(NameLexicon.Word.ENGLISH_WORD);
    }

    /** The word {@code k} is a capitalised word of {@code script}, spaced from {@code t} beside it. */
    private static boolean capitalisedNeighbour(String text, Tokens tokens, int t, int k, Character.UnicodeScript script) {
        return k >= 0 && k < tokens.size() && tokens.spaced(Math.min(t, k), Math.max(t, k)) && tokens.isCapitalised(k)
                && scriptOf(text, tokens, k) == script;
    }

    /**
     * The script of a word written wholly in one script other than Latin and short enough to be a name part, or null.
     * Chinese and Japanese characters and kana count as one script.
     */
    private static Character.UnicodeScript scriptOf(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (text.charAt(start) < 128 || tokens.length(t) > LONGEST_WORD) {
            return null;
        }
        Character.UnicodeScript script = null;
        for (int i = start; i < tokens.end(t); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            var s = Character.UnicodeScript.of(c);
            s = s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA ? Character.UnicodeScript.HAN : s;
            if (s == Character.UnicodeScript.INHERITED || s == Character.UnicodeScript.COMMON) {
                continue;
            }
            if (s == Character.UnicodeScript.LATIN || script != null && s != script) {
                return null;
            }
            script = s;
        }
        boolean ideographs = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL;
        return ideographs && tokens.length(t) > MOST_IDEOGRAPHS ? null : script;
    }

    private static boolean hasCapitals(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.ARMENIAN;
    }

    /** Spaces between, the ideographic space (U+3000) of Japanese names too, at least one. */
    private static boolean spacedApart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u3000') {
                return false;
            }
        }
        return from < to;
    }

    /** The words {@code first..last} stand as the other writing of a marked name in Latin letters beside them. */
    private static boolean twinOfLatinName(String text, Tokens tokens, boolean[] latin, int first, int last) {
        int before = skipSpacesBack(text, tokens.start(first));
        int after = skipSpaces(text, tokens.end(last));
        char opening = before > 0 ? text.charAt(before - 1) : '\n';
        char next = after < text.length() ? text.charAt(after) : '\n';
        // "Latin (Script)", "Latin / Script", "| Latin | Script |"
        if (first > 0 && latin[first - 1] && (opening == '(' && next == ')' || opening == '/' || opening == '|')
                && skipSpacesBack(text, before - 1) == tokens.end(first - 1)) {
            return true;
        }
        // "Script (Latin)", "Script / Latin"
        if (last + 1 < tokens.size() && latin[last + 1] && (next == '(' || next == '/')
                && skipSpaces(text, after + 1) == tokens.start(last + 1)) {
            return true;
        }
        // "Latin Name⏎Script Name": a signature's two lines
        return opening == '\n' && before > 0 && (next == '\n' || next == '\r') && wholeLineMarked(text, tokens, latin, first - 1, before - 1);
    }

    /** The line that ends at {@code lineEnd} holds only the marked words up to {@code t} and spaces, one word at least. */
    private static boolean wholeLineMarked(String text, Tokens tokens, boolean[] latin, int t, int lineEnd) {
        int lineStart = Characters.lineStart(text, lineEnd);
        if (t < 0 || tokens.end(t) > lineEnd || tokens.start(t) < lineStart || !latin[t]) {
            return false;
        }
        int k = t;
        while (k > 0 && tokens.start(k - 1) >= lineStart) {
            k--;
            if (!latin[k] || !tokens.spaced(k, k + 1)) {
                return false;
            }
        }
        return text.substring(lineStart, tokens.start(k)).isBlank() && text.substring(tokens.end(t), lineEnd).isBlank();
    }

    /** A cue word ({@link #CUES}, "nimi on") before the run, a space, a colon or both between. */
    private static boolean afterCue(String text, Tokens tokens, int first) {
        if (first == 0) {
            return false;
        }
        int cue = first - 1;
        var between = text.substring(tokens.end(cue), tokens.start(first)).strip();
        if (!between.isEmpty() && !between.equals(":") || tokens.end(cue) == tokens.start(first)) {
            return false;
        }
        if (CUES.contains(text, tokens.start(cue), tokens.end(cue))) {
            return true;
        }
        return COPULAS.contains(text, tokens.start(cue), tokens.end(cue)) && cue > 0 && tokens.spaced(cue - 1, cue)
                && NAME_WORDS.contains(text, tokens.start(cue - 1), tokens.end(cue - 1));
    }

    private static int skipSpacesBack(String text, int from) {
        int i = from;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }
}
