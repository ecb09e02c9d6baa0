package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Laws, razors, principles, effects, algorithms, diseases, halls and squares named after people: "Hanlon's razor", "Conway's law", "the Peter principle",
 * "Dijkstra's algorithm", "Crohns sjukdom",
 * "the Dunning–Kruger effect", "Parkinsonin laki", "Murphyn lain mukaan", "Alvar Aallon sali". The name is the rule's
 * or the place's, no one the message is about, so the mark comes off it and off the names joined to it by a hyphen or
 * dash, and a place's given names before it; not when a person the message names bears the name. Two names joined by an en dash and nothing else are a theorem's, an
 * algorithm's or an effect's even without a head word ("Bellman–Ford is slow here", "the Cauchy–Schwarz bound"): a
 * person's double surname takes a hyphen; two given names so joined stay ("Anna–Liisa", a typed double given name).
 */
final class Eponyms {

    /** What English names after a person, in lower case after the name or its possessive. */
    private static final WordSet ENGLISH_HEADS = WordSet.of(Set.of("law", "laws", "razor", "principle", "effect",
            "paradox", "theorem", "conjecture", "fallacy", "syndrome", "disease", "constant", "algorithm", "algorithms",
            "equation", "lemma", "inequality", "coding", "encoding",
            // conditions named after who described them ("Bell's palsy", "Hodgkin lymphoma", "Ewing sarcoma")
            "palsy", "lymphoma", "sarcoma"));
    /**
     * What Swedish names after a person, in lower case after the name's genitive in "s" ("Crohns sjukdom", "Downs
     * syndrom", "Hodgkins lymfom"): a person's genitive before one of these is a diagnosis, not whose it is.
     */
    private static final WordSet SWEDISH_HEADS = WordSet.of(Set.of("sjukdom", "sjukdomen", "syndrom", "syndromet",
            "lymfom", "lymfomet", "sarkom"));
    /** The same in Finnish, by base form, after the name in the genitive. */
    private static final Set<String> FINNISH_HEADS = Set.of("laki", "periaate", "efekti", "ilmiö", "paradoksi",
            "teoreema", "partaveitsi", "oireyhtymä", "tauti", "vakio", "algoritmi", "yhtälö", "lemma", "epäyhtälö", "koodaus");
    /**
     * Halls, rooms and squares named after a person, by base form, after the name in the genitive with its given names
     * ("Alvar Aallon sali", "Kekkosen kabinetissa", "Tove Janssonin puistossa"): a place of the building or town.
     */
    private static final Set<String> FINNISH_PLACES = Set.of("sali", "kabinetti", "auditorio", "aukio", "puisto");
    /**
     * Schools, hospitals, theatres, museums, prizes and funds named after a person, by base form, after the person's
     * full name in the genitive ("Minna Canthin koulu", "Eino Leinon palkinto", "Antti Wihurin rahasto"). After one
     * name alone they are as often someone's own ("Aapo-Kalevin koulun nimi": the child's school), so a given name
     * must come first.
     */
    private static final Set<String> FINNISH_INSTITUTIONS = Set.of("koulu", "lukio", "sairaala", "teatteri", "museo",
            "palkinto", "rahasto", "lahjoitusrahasto", "säätiö");

    private Eponyms() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && namesARule(text, tokens, words, t)
                    && !bornByAPerson(text, tokens, words, names, t)) {
                for (int k = t; k >= 0 && names[k]; k--) {
                    names[k] = false;
                    if (k == 0 || !joinedByDash(text, tokens, k - 1, k)) {
                        unmarkEpithet(text, tokens, words, names, k - 1);
                        break;
                    }
                }
            } else if ((names[t] || names[t + 1]) && isEnDashPair(text, tokens, words, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if (names[t] && tokens.isCapitalised(t) && (isGenitiveBefore(text, tokens, words, t, FINNISH_PLACES)
                    || t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)
                    && isGenitiveBefore(text, tokens, words, t, FINNISH_INSTITUTIONS))) {
                for (int k = t; k >= 0 && k >= t - 2 && names[k] && tokens.isCapitalised(k) && (k == t || tokens.spaced(k, k + 1)); k--) {
                    names[k] = false;
                }
            }
        }
    }

    /**
     * "Classic Murphy's law", "Good old Parkinson's law": a capitalised English word before the rule's name that no name
     * list holds was taken for a given name only beside the name; it says what kind of rule it is, no one's name.
     */
    private static void unmarkEpithet(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int k) {
        if (k >= 0 && names[k] && tokens.isCapitalised(k) && tokens.spaced(k, k + 1)
                && EnglishWords.holdsOnlyAsWord(text, tokens, words[k], k)) {
            names[k] = false;
        }
    }

    private static boolean namesARule(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int head = t + 1;
        if (isPossessive(text, tokens, t)) {
            head = t + 2;
        }
        if (head >= tokens.size() || !tokens.isLowerCase(head)) {
            return false;
        }
        if (ENGLISH_HEADS.contains(text, tokens.start(head), tokens.end(head))) {
            return true;
        }
        return head == t + 1 && (isGenitiveBefore(text, tokens, words, t, FINNISH_HEADS)
                || text.charAt(tokens.end(t) - 1) == 's' && SWEDISH_HEADS.contains(text, tokens.start(head), tokens.end(head)));
    }

    /**
     * "Märta Parkinson … (Parkinsons sjukdom)": the name of the rule is also the surname of a person the message names,
     * and left in clear it would give the person's name away, so it keeps its mark. The word as written or without its
     * genitive "s", marked elsewhere and not itself naming a rule.
     */
    private static boolean bornByAPerson(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int length = tokens.length(t);
        int stem = text.charAt(tokens.end(t) - 1) == 's' ? length - 1 : length;
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && (tokens.length(u) == length || tokens.length(u) == stem)
                    && text.regionMatches(true, tokens.start(u), text, tokens.start(t), tokens.length(u))
                    && !(u + 1 < tokens.size() && namesARule(text, tokens, words, u))) {
                return true;
            }
        }
        return false;
    }

    /** The word at {@code t}, a genitive, right before a word in lower case whose base form is one of {@code heads}. */
    private static boolean isGenitiveBefore(String text, Tokens tokens, NameLexicon.Word[] words, int t, Set<String> heads) {
        int head = t + 1;
        if (!tokens.isLowerCase(head) || !tokens.spaced(t, head) || text.charAt(tokens.end(t) - 1) != 'n') {
            return false;
        }
        var base = words[head] == null ? null : words[head].ordinaryBase();
        return base != null && heads.contains(base);
    }

    /** "Hanlon's", "Brooks’s": the name, an apostrophe and an "s" right after it. */
    private static boolean isPossessive(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return t + 2 < tokens.size() && end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && tokens.start(t + 1) == end + 1 && tokens.length(t + 1) == 1 && text.charAt(end + 1) == 's';
    }

    /** "Bellman–Ford": two capitalised words joined by one en dash, unless both are given names. */
    private static boolean isEnDashPair(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.start(t + 1) - tokens.end(t) == 1 && text.charAt(tokens.end(t)) == '–' && tokens.isCapitalised(t)
                && tokens.isCapitalised(t + 1) && !(isGivenName(words[t]) && isGivenName(words[t + 1]));
    }

    private static boolean isGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** "Dunning–Kruger": one hyphen or dash between the two words, nothing else. */
    private static boolean joinedByDash(String text, Tokens tokens, int first, int second) {
        if (tokens.start(second) - tokens.end(first) != 1) {
            return false;
        }
        char c = text.charAt(tokens.end(first));
        return c == '-' || c == '–' || c == '—';
    }
}
