package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * First name and surname side by side: two spaced capitalised words of which one is a first or last
 * name are one person's ("Anna Laine", "Jarmo Smithson", "Sven Virtanen"), unless the first is the
 * word that opens a sentence or a question ("Olen Olivia", "Will Lily be back?").
 */
final class FullNames {

    /** English auxiliaries that open a question ("Will Lily be back?", "May Joy join?"), some of them given names too. */
    private static final WordSet AUXILIARIES = WordSet.of(Set.of("will", "may", "can", "shall", "could", "would", "should",
            "must", "might", "did", "does", "do", "is", "are", "was", "has", "have"));

    private FullNames() {
    }

    /** Marks the words at {@code t} and after it if they are one person's first name and surname. */
    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names, int t) {
        int next = t + 1;
        if (!tokens.isCapitalised(t) || !tokens.isCapitalised(next) || !tokens.spaced(t, next)) {
            return;
        }
        var first = words[t];
        var second = words[next];
        // "Olen Olivia": a name only the lists know, that Voikko reads as an ordinary word, opening a sentence is that word.
        if (first.is(NameLexicon.Word.LISTED) && first.ordinaryBase() != null && tokens.beginsSentence(t)) {
            return;
        }
        // "Will Lily be back …?": an English auxiliary opening a question is the verb, whatever name it also is;
        // "Mark Aleksi Lampinen as the owner": so is an English word opening a sentence before a full name.
        if (first.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) && tokens.beginsSentence(t)
                && (isAuxiliary(text, tokens, t) && isQuestion(text, tokens.end(next))
                || first.is(NameLexicon.Word.ENGLISH_WORD) && next + 1 < tokens.size() && tokens.isCapitalised(next + 1)
                && tokens.spaced(next, next + 1) && words[next + 1].isName())) {
            return;
        }
        // "Anna Bohdanille lukuoikeus": a given name that is also a verb, opening a sentence before an allative, gives.
        if (first.is(NameLexicon.Word.COMMON) && tokens.beginsSentence(t) && text.startsWith("lle", tokens.end(next) - 3)) {
            return;
        }
        // An unknown or place-like second word needs a first word that is surely a name ("Anna Outlookin" is not one).
        boolean firstThenName = first.is(NameLexicon.Word.FIRST)
                && (second.isName() || second.is(NameLexicon.Word.PAIRED_LAST)
                || names[t] && (!second.isKnown() || second.is(NameLexicon.Word.PLACE)));
        // "Can Ilkka get …": an unknown word opening a sentence (an English one, to Voikko) pairs with a surname only.
        boolean unknownThenSurname = !first.isKnown() && second.is(NameLexicon.Word.LAST) && (names[next] || second.isOnlyName())
                && !(tokens.beginsSentence(t) && second.is(NameLexicon.Word.FIRST));
        // "Hope Harris": a given name that is also a word, before a surname that is none.
        boolean pairedThenSurname = first.is(NameLexicon.Word.PAIRED_FIRST) && second.is(NameLexicon.Word.LAST)
                && !second.is(NameLexicon.Word.COMMON) && !second.is(NameLexicon.Word.PLACE);
        // "Heikki Rinne", "Katja Kivi": a first name that is one on its own, before a capitalised Finnish word. Not a
        // given name only the lists know, which are foreign: the Finnish word after one is a department or a venue in a
        // case more often than a surname ("täällä Emre Kaya Henkilöstöhallinnosta", "Amos Rexissä").
        boolean nameThenWord = names[t] && first.is(NameLexicon.Word.FIRST) && !first.is(NameLexicon.Word.LISTED) && second.is(NameLexicon.Word.COMMON)
                && !NameLexicon.isThingOrWord(text, tokens.start(next), tokens.end(next));
        // "Luovutin koneen Armas Rautiolle", "Who is Valo Nieminen?": inside a sentence, a capitalised Finnish word
        // before a surname that is only one, or one the name lists hold that is no ordinary word.
        boolean wordThenSurname = !tokens.beginsSentence(t) && first.is(NameLexicon.Word.COMMON) && !first.is(NameLexicon.Word.ENGLISH_WORD)
                && second.is(NameLexicon.Word.LAST) && (second.isOnlyName()
                || second.is(NameLexicon.Word.LISTED) && !second.is(NameLexicon.Word.COMMON))
                && !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t));
        // "Aino-Inkeri Koivuniemen valitus", "Elli-Noora Honkakankaan valtuutus": a given name, also one only the
        // lists know, before a surname made of a word of the land in any case (TopographicSurnames); not an initial,
        // which may be an option's letter ("Vaihtoehdot: A. Hiekkaranta; B. Tekojärvi").
        // Also a double given name of which one part is a given name and the other one no list knows ("Kerttu-Leopoldiina
        // Rentukkavuoren", "Rauha-Ulriikka Ohdakeoja"): no thing's name joins such words.
        boolean nameThenLandSurname = (names[t] && first.is(NameLexicon.Word.FIRST) && !NameWords.isInitial(text, tokens, t)
                || isGivenNamesJoined(text, tokens, lexicon, t))
                && TopographicSurnames.is(text, tokens.start(next), tokens.end(next), second);
        // "ke 7–8  Sänkiranta Viljami-Sulo  D 43", "Pois muuttavat: Pellavasaari Kyllikki-Ilta": a roster or a register
        // writes the surname first; a word of the land before a double given name, or before a given name inside a
        // sentence, is the surname (not "Hiekkaranta Anna…" opening one).
        boolean landSurnameThenName = TopographicSurnames.is(text, tokens.start(t), tokens.end(t), first)
                && (isGivenNamesJoined(text, tokens, lexicon, next)
                || names[next] && second.is(NameLexicon.Word.FIRST) && !tokens.beginsSentence(t));
        if (firstThenName || unknownThenSurname || pairedThenSurname || nameThenWord || wordThenSurname || nameThenLandSurname
                || landSurnameThenName) {
            names[t] = true;
            names[next] = true;
        }
    }

    /**
     * Two capitalised parts joined by one hyphen, one a given name (also one that is a word: "Kerttu", "Rauha") and the
     * other a given name or a word nobody knows ("Leopoldiina", "Ulriikka").
     */
    private static boolean isGivenNamesJoined(String text, Tokens tokens, NameLexicon lexicon, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int hyphen = text.indexOf('-', start);
        int again = hyphen < 0 ? -1 : text.indexOf('-', hyphen + 1);
        if (hyphen < 0 || hyphen + 1 >= end || again >= 0 && again < end
                || !Character.isUpperCase(text.charAt(hyphen + 1)) || !tokens.isCapitalised(t)) {
            return false;
        }
        var one = lexicon.lookup(text, start, hyphen);
        var other = lexicon.lookup(text, hyphen + 1, end);
        return one.is(NameLexicon.Word.FIRST) && (other.is(NameLexicon.Word.FIRST) || !other.isKnown())
                || other.is(NameLexicon.Word.FIRST) && !one.isKnown();
    }

    /** An English auxiliary that opens a question ("Will", "May", "Can"), whatever name it also is. */
    static boolean isAuxiliary(String text, Tokens tokens, int t) {
        return AUXILIARIES.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The sentence that goes on at {@code from} ends with a question mark. A full stop ends it only before a space
     * or the line's end: inside a version, a date or a host name it does not ("Will Aamu be back before v12.4.14
     * is cut over?").
     */
    private static boolean isQuestion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '!' || c == '\n' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return false;
    }
}
