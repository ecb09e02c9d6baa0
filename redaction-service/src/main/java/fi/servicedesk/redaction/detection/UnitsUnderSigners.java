package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The unit a signature writes on the line under the signer's name ("Kind regards\nAino Virta\nAdmissions", "Terveisin
 * Ville Kallio\nHankinta"): a line of nothing but up to {@link #LONGEST_UNIT} capitalised English words or
 * {@link UnitWords}, none of which a name list or Voikko reads as a name or a name's part, right under a line of nothing
 * but a full name (two or more words, all marked). A surname under a given name ("Aino\nVirta") and a given name
 * ("Grace") stay. So is the unit after the title's comma on that line ("Aino Virta\ntukihenkilö, Tietosuoja", "Tove
 * Sandell\ncommunity manager, Dataskydd", "Mabel Thistlewood\nReporter, Aamulehti", "Jali Lampiaho\nPalvelupäällikkö, Salo"): up to {@link #LONGEST_UNIT}
 * capitalised words, joined by "ja", "och", "and" or a slash ("Viestintä ja markkinointi", "Tietohallinto /
 * Palvelupiste"), none a name by the lists, after a title no rule took for a name, in any language. A record or
 * signature also writes the unit after a comma or slash behind the full name ("Luovuttaja: Heimo Kuikka / Palkat",
 * "Tilaaja: Aino Virta, Viestintä"): there a {@link UnitWords} word loses its mark.
 */
final class UnitsUnderSigners {

    private static final int LONGEST_UNIT = 3;
    private static final int LONGEST_TITLE = 4;
    /** Words that join a unit's nouns ("Viestintä ja markkinointi", "Kommunikation och marknad"). */
    private static final WordSet JOINERS = WordSet.of(Set.of("ja", "och", "and", "&"));
    private static final int SHORTEST_NAME = 2;
    private static final int NAME_READINGS = NameLexicon.Word.FIRST | NameLexicon.Word.LAST
            | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST;

    private UnitsUnderSigners() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int nameFirst = -1;
        int first = 0;
        while (first < tokens.size()) {
            int lineStart = Characters.lineStart(text, tokens.start(first));
            int lineEnd = Characters.lineEnd(text, tokens.start(first));
            int next = first;
            while (next < tokens.size() && tokens.start(next) < lineEnd) {
                next++;
            }
            boolean wordsOnly = wordsOnly(text, tokens, first, next, lineStart, lineEnd);
            if (nameFirst >= 0 && wordsOnly && isUnit(text, tokens, words, first, next)) {
                for (int k = first; k < next; k++) {
                    names[k] = false;
                }
            } else {
                unmarkUnitsAfterSeparators(text, tokens, words, names, first, next, nameFirst >= 0);
            }
            nameFirst = wordsOnly && isFullName(names, first, next) && lineEnd < text.length() ? first : -1;
            if (nameFirst >= 0 && (next == tokens.size() || Characters.lineStart(text, tokens.start(next)) != lineEnd + 1)) {
                nameFirst = -1;
            }
            first = next;
        }
    }

    /**
     * The unit after a comma or slash on the line [from, to): behind a full name or, under a signer, anything, its
     * {@link UnitWords} words; under a signer, after a title, all its words ({@link #unitAfterTitle}).
     */
    private static void unmarkUnitsAfterSeparators(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            int from, int to, boolean underSigner) {
        int unit = underSigner ? unitAfterTitle(text, tokens, words, names, from, to) : -1;
        for (int k = from + 1; k < to; k++) {
            if (unit >= 0 && k >= unit) {
                names[k] = false;
            } else if (names[k] && tokens.isCapitalised(k) && isSeparator(text, tokens.end(k - 1), tokens.start(k))
                    && (underSigner || k - SHORTEST_NAME >= from && isFullName(names, k - SHORTEST_NAME, k))
                    && !isNameReading(words[k]) && UnitWords.contains(text, tokens, words[k], k)) {
                names[k] = false;
            }
        }
    }

    /** Whether text[from, to) is a comma or slash with nothing but spaces around it. */
    private static boolean isSeparator(String text, int from, int to) {
        int mark = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '/') && mark < 0) {
                mark = i;
            } else if (c != ' ') {
                return false;
            }
        }
        return mark >= 0;
    }

    /**
     * "tukihenkilö, Tietosuoja", "Reporter, Computer Weekly": where the line's words [from, to) are a title of up to
     * {@link #LONGEST_TITLE} words no rule marked, its comma, and a unit of capitalised words to the line's end, the
     * unit's first word; else -1. The unit may be the signer's town alone, a place by the lists even where it is a
     * surname too ("Palvelupäällikkö, Salo", "IT-tekniker, London"): the signer's name is on the line above.
     */
    private static int unitAfterTitle(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int from, int to) {
        int comma = from;
        while (comma < to && comma - from < LONGEST_TITLE && !names[comma] && !text.startsWith(", ", tokens.end(comma))) {
            comma++;
        }
        if (comma >= to - 1 || comma - from >= LONGEST_TITLE || names[comma] || !text.startsWith(", ", tokens.end(comma))) {
            return -1;
        }
        int units = 0;
        for (int k = comma + 1; k < to; k++) {
            boolean joiner = tokens.isLowerCase(k) && JOINERS.contains(text, tokens.start(k), tokens.end(k));
            // "Viestintä ja markkinointi": the noun after "ja" in lower case, as Finnish and Swedish write a unit's name.
            boolean joined = k > comma + 2 && tokens.isLowerCase(k) && JOINERS.contains(text, tokens.start(k - 1), tokens.end(k - 1));
            boolean town = k == comma + 1 && to == comma + 2 && words[k] != null && words[k].is(NameLexicon.Word.PLACE);
            if (!joiner && (!tokens.isCapitalised(k) && !joined || isNameReading(words[k]) && !town || ++units > LONGEST_UNIT)
                    || !isBlankOrSlash(text, tokens.end(k - 1), tokens.start(k), k == comma + 1)) {
                return -1;
            }
        }
        return comma + 1;
    }

    /**
     * Spaces, a slash between a unit's parts ("Tietohallinto / Palvelupiste") or a hyphen inside one ("Ilta-Sanomat");
     * the comma after the title.
     */
    private static boolean isBlankOrSlash(String text, int from, int to, boolean afterComma) {
        int i = afterComma ? from + 1 : from;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameReading(NameLexicon.Word word) {
        return word != null && word.is(NAME_READINGS);
    }

    /** Whether the line [lineStart, lineEnd) holds the words [from, to) and nothing but spaces between them. */
    private static boolean wordsOnly(String text, Tokens tokens, int from, int to, int lineStart, int lineEnd) {
        int at = lineStart;
        for (int k = from; k < to; k++) {
            if (!isBlank(text, at, tokens.start(k))) {
                return false;
            }
            at = tokens.end(k);
        }
        return isBlank(text, at, lineEnd);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isFullName(boolean[] names, int from, int to) {
        if (to - from < SHORTEST_NAME) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!names[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnit(String text, Tokens tokens, NameLexicon.Word[] words, int from, int to) {
        if (to - from > LONGEST_UNIT) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.isCapitalised(k) || isNameReading(words[k]) || !EnglishWords.contains(text, tokens.start(k), tokens.end(k))
                    && !UnitWords.contains(text, tokens, words[k], k)) {
                return false;
            }
        }
        return true;
    }
}
