package fi.servicedesk.redaction.detection;

/**
 * An Arabic surname is one name however many words it has: the *nasab* ("bin Saeed", "ibn Hamad", "bint Khalid") and
 * the family name with its article after it ("Al Hashimi", "Al-Suwaidi", "El Sayed", "Abu Khalil") make one span and
 * one placeholder ("Latifa [bin Saeed Al Hashimi]", "Abdulrahman [Al Zahrani]"), in a Finnish case too ("bin Rashid Al
 * Mansourille") and in capitals ("SAIF BIN KHALID AL-SUWAIDI"). The given name before it stays a name of its own.
 * Marked names only are joined: this rule finds no one, it keeps the parts of one person's surname together so that
 * the message's other mentions of it get the same placeholder (R3.2, R8.2).
 */
final class ArabicSurnames {

    /** "son/daughter of", in any case ("bin", "BIN", "Ibn"). */
    private static final WordSet NASAB = WordSet.of(java.util.Set.of("bin", "bint", "binti", "ibn"));
    /** The family name's article or "father of", spaced before it: "Al Hashimi", "El Sayed", "Abu Khalil". */
    private static final WordSet ARTICLES = WordSet.of(java.util.Set.of("al", "el", "abu"));
    /** The article joined to the family name by a hyphen: "Al-Suwaidi", "el-Sayed", "AL-KUWARI". */
    private static final int ARTICLE_WITH_HYPHEN = 3;

    private ArabicSurnames() {
    }

    /**
     * Marks in {@code joined} (made if null) each word that belongs to the name before it, and marks a nasab's particle
     * in capitals as the start of its name ("BIN" of "SAIF BIN KHALID"); returns {@code joined}, null if none.
     */
    static boolean[] join(String text, Tokens tokens, boolean[] names, boolean[] joined) {
        int n = tokens.size();
        // The spaced article's words, whose pairs ("Al Zahrani") are joined wherever the message writes them once after a name.
        String pairs = null;
        for (int t = 1; t < n; t++) {
            if (t + 1 < n && isNasab(text, tokens, t) && names[t + 1] && tokens.spaced(t, t + 1) && !tokens.isLowerCase(t)) {
                // "BIN KHALID", "Bin Khalid": the particle in capitals is no particle to SurnameParticles, so it opens the name here.
                names[t] = true;
                joined = set(joined, n, t + 1);
            }
            if (!names[t] || !tokens.spaced(t - 1, t)) {
                continue;
            }
            boolean afterNasab = isNasab(text, tokens, t - 1);
            if (isArticle(text, tokens, t) && t + 1 < n && names[t + 1] && tokens.spaced(t, t + 1) && !tokens.isLowerCase(t + 1)
                    && (names[t - 1] || afterNasab)) {
                // "Abdulrahman Al Zahrani": the article opens the surname; "bin Rashid Al Mansouri": it goes on the nasab.
                joined = set(joined, n, t + 1);
                if (afterNasab || isNasabName(text, tokens, names, t - 1)) {
                    joined[t] = true;
                }
                pairs = (pairs == null ? "" : pairs) + pairKey(text, tokens, t) + '\n';
            } else if (hasArticleJoined(text, tokens, t) && isNasabName(text, tokens, names, t - 1)) {
                joined = set(joined, n, t);
            }
        }
        return pairs == null ? joined : joinRepeatedPairs(text, tokens, names, joined, pairs);
    }

    /** "Ochoalta Al Zahranille", "Ilman Al Zahranitta": a pair joined after a name elsewhere is one here too, in any case form. */
    private static boolean[] joinRepeatedPairs(String text, Tokens tokens, boolean[] names, boolean[] joined, String pairs) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && names[t + 1] && !joined[t + 1] && isArticle(text, tokens, t) && tokens.spaced(t, t + 1)) {
                for (var pair : pairs.split("\n")) {
                    if (isFormOf(text, tokens, t, pair)) {
                        joined[t + 1] = true;
                        break;
                    }
                }
            }
        }
        return joined;
    }

    /** The pair at {@code t} (article and surname) in lower case: "al zahrani". */
    private static String pairKey(String text, Tokens tokens, int t) {
        return text.substring(tokens.start(t), tokens.end(t + 1)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The pair at {@code t} is {@code pair}, or its surname inflected ("Al Zahranille", "Al Zahranitta"). */
    private static boolean isFormOf(String text, Tokens tokens, int t, String pair) {
        return NameWords.isFormOf(pairKey(text, tokens, t), pair);
    }

    private static boolean[] set(boolean[] joined, int n, int t) {
        var marks = joined == null ? new boolean[n] : joined;
        marks[t] = true;
        return marks;
    }

    private static boolean isNasab(String text, Tokens tokens, int t) {
        return tokens.length(t) <= 5 && NASAB.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean isArticle(String text, Tokens tokens, int t) {
        return tokens.length(t) <= 3 && ARTICLES.contains(text, tokens.start(t), tokens.end(t));
    }

    /** A name right after a nasab's particle: "Saeed" of "bin Saeed". */
    private static boolean isNasabName(String text, Tokens tokens, boolean[] names, int t) {
        return names[t] && t > 0 && isNasab(text, tokens, t - 1) && tokens.spaced(t - 1, t);
    }

    /** "Al-Suwaidi", "el-Sayed", "AL-KUWARI": one word, the article and a hyphen before a capital. */
    private static boolean hasArticleJoined(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return tokens.length(t) > ARTICLE_WITH_HYPHEN + 1 && text.charAt(start + 2) == '-'
                && Character.isUpperCase(text.charAt(start + ARTICLE_WITH_HYPHEN))
                && ARTICLES.contains(text, start, start + 2);
    }
}
