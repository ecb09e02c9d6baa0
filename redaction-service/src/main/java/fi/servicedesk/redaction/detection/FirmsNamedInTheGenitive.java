package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English shops and firms named after their founders in the genitive, written without its apostrophe: "Harrods",
 * "Selfridges Travel Desk", "Dixons Travel", "Pembertons Solicitors", "Replacement from Clarks declined". A
 * capitalised word that is a surname and an "s", and no name of its own ("Williams", "Roberts" are), nor a word the
 * message writes beside another name ("Ninos Dawood … Dawood, Ninos"), stands alone after an English word in lower
 * case ("of", "at", "from"): not after another name ("Ebba Ahlskogs ärende" is Ebba's), a title, "the" (a family: "the
 * Hendersons") or a Swedish word ("inte Chiangs", the genitive standing for its noun). And it owns no noun after it, as
 * a genitive does ("Sundqvists telefon", "Johns laptop"): its clause ends, an English word that is no noun follows
 * ("is", "declined"), or the firm's name goes on in capitalised English words ("Travel Desk"), which also make a firm of
 * it at a line's start. The surname is one the lists know, or one a person bears in the same message ("Trung Hamley …
 * Hamleys"), who keeps it.
 */
final class FirmsNamedInTheGenitive {

    /** The fewest letters of the surname: shorter words and an "s" are English plurals and games ("Sims"). */
    private static final int SHORTEST_SURNAME = 4;
    /** The most capitalised words the firm's name goes on in ("Selfridges Travel Desk", "Whitfields Debt Recovery"). */
    private static final int LONGEST_REST = 2;

    private FirmsNamedInTheGenitive() {
    }

    /**
     * Takes the mark off a surname in the genitive that names a firm. The word's own readings count, not the ones a
     * genitive's rule put in its place (SwedishPersonPhrases: "Clarks" as Clark's).
     */
    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        // The message's names, read once and only when a word may be a firm's: every word would scan every other.
        NamesInMessage inMessage = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || tokens.length(t) <= SHORTEST_SURNAME
                    || text.charAt(tokens.end(t) - 1) != 's'
                    || NameWords.isAnyName(lexicon.lookup(text, tokens.start(t), tokens.end(t)))) {
                continue;
            }
            inMessage = inMessage == null ? new NamesInMessage(text, tokens, names) : inMessage;
            if (!isSurname(text, tokens, lexicon, inMessage, t) || inMessage.besideAnotherName(text, tokens, names, t)) {
                continue;
            }
            int last = restOfName(text, tokens, t);
            if (last < 0 || !(afterEnglishWord(text, tokens, t) || last > t && (t == 0 || !tokens.spaced(t - 1, t)))) {
                continue;
            }
            for (int k = t; k <= last; k++) {
                names[k] = false;
            }
            t = last;
        }
    }

    /** After an English word in lower case that is not "the" ("of Selfridges", "at Halfords"). */
    private static boolean afterEnglishWord(String text, Tokens tokens, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && !tokens.is(t - 1, "the")
                && EnglishWords.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    private static boolean afterConjunction(Tokens tokens, int t) {
        return t > 0 && (tokens.is(t - 1, "and") || tokens.is(t - 1, "or"));
    }

    /** The message's marked names as the rule asks of them, as they stood before it took any mark off. */
    private static final class NamesInMessage {

        /** How many times each marked word stands beside another marked name, a capitalised one ("Ninos Dawood"). */
        private final Map<String, Integer> besideNames = new HashMap<>();
        /** The last words of full names: a capitalised marked word and a marked word after it ("Trung Hamley"). */
        private final Set<String> lastOfFullNames = new HashSet<>();

        NamesInMessage(String text, Tokens tokens, boolean[] names) {
            for (int k = 0; k < tokens.size(); k++) {
                if (names[k] && isBesideName(tokens, names, k)) {
                    besideNames.merge(text.substring(tokens.start(k), tokens.end(k)), 1, Integer::sum);
                }
                if (k > 0 && names[k] && names[k - 1] && tokens.spaced(k - 1, k) && tokens.isCapitalised(k - 1)) {
                    lastOfFullNames.add(text.substring(tokens.start(k), tokens.end(k)));
                }
            }
        }

        /** The same word elsewhere in the message beside another marked name: a person's ("Ninos Dawood"). */
        boolean besideAnotherName(String text, Tokens tokens, boolean[] names, int t) {
            int beside = besideNames.getOrDefault(text.substring(tokens.start(t), tokens.end(t)), 0);
            return beside > (isBesideName(tokens, names, t) ? 1 : 0);
        }

        private static boolean isBesideName(Tokens tokens, boolean[] names, int k) {
            return k > 0 && names[k - 1] && tokens.isCapitalised(k - 1)
                    || k + 1 < tokens.size() && names[k + 1] && tokens.isCapitalised(k + 1);
        }
    }

    /**
     * The last word of the firm's name opening at {@code t}, or -1 where {@code t} owns the word after it or a
     * capitalised word that is no English word follows (a surname: "Ninos Odisho").
     */
    private static int restOfName(String text, Tokens tokens, int t) {
        int last = t;
        while (last + 1 < tokens.size() && last - t < LONGEST_REST && tokens.spaced(last, last + 1) && tokens.isCapitalised(last + 1)) {
            if (!EnglishWords.contains(text, tokens.start(last + 1), tokens.end(last + 1)) && !inCapitals(text, tokens, last + 1)) {
                return -1;
            }
            last++;
        }
        if (last > t || Characters.endsClause(text, tokens.end(t)) || text.startsWith(")", tokens.end(t))
                || text.startsWith(":", tokens.end(t))) {
            return last;
        }
        int next = t + 1;
        boolean wordNoNoun = next < tokens.size() && tokens.spaced(t, next) && tokens.isLowerCase(next)
                && EnglishWords.contains(text, tokens.start(next), tokens.end(next))
                && !EnglishNouns.contains(text, tokens.start(next), tokens.end(next));
        return wordNoNoun ? t : -1;
    }

    private static boolean inCapitals(String text, Tokens tokens, int k) {
        return Characters.inCapitals(text, tokens.start(k), tokens.end(k));
    }

    /**
     * The word without its "s" is the last word of a full name marked in the message, or a surname to the lists where
     * no "and" or "or" joins the word to the names before it ("Kadeem and Ninos left": a given name in "-s").
     */
    private static boolean isSurname(String text, Tokens tokens, NameLexicon lexicon, NamesInMessage inMessage, int t) {
        int start = tokens.start(t);
        int stemLength = tokens.length(t) - 1;
        if (NameWords.hasSurnameReading(lexicon.lookup(text, start, start + stemLength)) && !afterConjunction(tokens, t)) {
            return true;
        }
        return inMessage.lastOfFullNames.contains(text.substring(start, start + stemLength));
    }
}
