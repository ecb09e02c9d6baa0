package fi.servicedesk.redaction.detection;

/**
 * A family called by its surname in the plural is its members' name (R3.2): "the Hendersons invited us", "the
 * Okonkwos' router". English makes the plural with an "s" after the article; the surname is a name the message
 * already marks ("Ruth Henderson … the Hendersons") or one the lists know only as a surname, not an English word
 * ("the Browns", "the Greens" are colours' plurals too), and no place ("the Dallas office") nor a word before a noun
 * ("the Lagos entries"). Finnish plurals ("Virtaset", "Korpisten mökki") Voikko
 * already reads as the surname's forms.
 */
final class FamilyPlurals {

    /** Surnames shorter than this are also games' and things' names in the plural ("The Sims"). */
    private static final int SHORTEST_LISTED_STEM = 4;

    private FamilyPlurals() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] && tokens.isCapitalised(t) && tokens.length(t) > 3 && text.charAt(tokens.end(t) - 1) == 's'
                    && tokens.spaced(t - 1, t) && tokens.is(t - 1, "the") && !beforeNoun(text, tokens, t)
                    && !lexicon.lookup(text, tokens.start(t), tokens.end(t)).is(NameLexicon.Word.PLACE)
                    && isSurname(text, tokens, lexicon, names, t)) {
                names[t] = true;
            }
        }
    }

    /** "the Lagos entries", "the Jenkins pipeline": a place's or a thing's name before the noun it qualifies. */
    private static boolean beforeNoun(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** The word without its plural "s" is a name marked elsewhere in the message, or only a surname to the lists. */
    private static boolean isSurname(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int t) {
        int start = tokens.start(t);
        int stemLength = tokens.length(t) - 1;
        for (int k = 0; k < tokens.size(); k++) {
            if (names[k] && tokens.length(k) == stemLength && text.regionMatches(tokens.start(k), text, start, stemLength)) {
                return true;
            }
        }
        var stem = lexicon.lookup(text, start, start + stemLength);
        return stemLength >= SHORTEST_LISTED_STEM && stem.is(NameLexicon.Word.LAST)
                && !stem.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.PAIRED_LAST);
    }
}
