package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A name inside a hashtag (R3.2, R8.2): the name before a celebration's word in a Finnish or Swedish compound, in the
 * genitive it takes there ("#tominläksiäiset", "#ainonsynttärit", "#sigges" of "#siggeskalas"), a camel-cased part
 * that is no word ("#teamKorpinen", "#kiitosIina", "#IinasLeavingDo" with the English possessive's "s" outside), and
 * a hashtag that is a name and nothing else ("#iina"). Only the name's letters are the finding, the "#" and the other
 * words outside. A part is a name by the lexicon, or a word no one knows (chat misspells names: "#ueranläksiäiset").
 */
final class NamesInHashtags {

    /** The celebrations a hashtag names after whose they are. */
    private static final List<String> CELEBRATIONS = List.of("läksiäiset", "lahtiaiset", "lähtiäiset", "laksiaiset",
            "synttärit", "synttarit", "syntymäpäivät", "juhlat", "bileet", "kekkerit", "häät", "haat", "valmistujaiset",
            "ristiäiset", "kalas", "fest", "födelsedag", "kalaset", "avskedsfest", "party", "birthday", "farewell",
            "leavingdo");
    /** The fewest letters of a name before a celebration's word. */
    private static final int SHORTEST = 3;

    private NamesInHashtags() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            if (hash > 0 && Characters.isLetterOrNumber(text.charAt(hash - 1))) {
                continue;
            }
            int start = hash + 1;
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - start < SHORTEST || end < text.length() && Character.isDigit(text.charAt(end))) {
                continue;
            }
            if (Characters.hasCapitalInside(text, start, end)) {
                findCamelParts(text, start, end, lexicon, findings);
            } else if (!findBeforeCelebration(text, start, end, lexicon, findings) && onlyName(text, start, end, lexicon)) {
                add(text, start, end, findings);
            }
        }
    }

    private static void findCamelParts(String text, int start, int end, NameLexicon lexicon, List<Finding> findings) {
        int part = start;
        while (part < end) {
            int next = part + 1;
            while (next < end && !(Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next - 1)))) {
                next++;
            }
            if (Character.isUpperCase(text.charAt(part)) && next - part >= SHORTEST && nameOrUnknown(text, part, next, lexicon)) {
                // "#IinasLeavingDo": the English possessive's "s" before an English word is outside
                boolean possessive = text.charAt(next - 1) == 's' && next < end && englishWordAt(text, next, end)
                        && nameOrUnknown(text, part, next - 1, lexicon);
                add(text, part, possessive ? next - 1 : next, findings);
            }
            part = next;
        }
    }

    private static boolean englishWordAt(String text, int start, int end) {
        int next = start + 1;
        while (next < end && !Character.isUpperCase(text.charAt(next))) {
            next++;
        }
        return EnglishWords.contains(text, start, next);
    }

    /** "#tominläksiäiset": the name in its genitive before the celebration's word; whether one was found. */
    private static boolean findBeforeCelebration(String text, int start, int end, NameLexicon lexicon, List<Finding> findings) {
        var lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (var celebration : CELEBRATIONS) {
            int name = lower.length() - celebration.length();
            if (name >= SHORTEST && lower.endsWith(celebration)) {
                char last = lower.charAt(name - 1);
                int stem = last == 'n' || last == 's' ? name - 1 : name;
                if (stem >= SHORTEST - 1 && (nameOrUnknown(text, start, start + name, lexicon)
                        || nameOrUnknown(text, start, start + stem, lexicon))) {
                    add(text, start, start + name, findings);
                    return true;
                }
            }
        }
        return false;
    }

    /** A name by the lexicon that is no ordinary word, or a word nobody knows that is no English word or product's. */
    private static boolean nameOrUnknown(String text, int start, int end, NameLexicon lexicon) {
        var word = capitalised(text, start, end);
        var w = lexicon.lookup(word, 0, word.length());
        if (w.isName()) {
            return !w.is(NameLexicon.Word.COMMON) && !w.is(NameLexicon.Word.ENGLISH_WORD);
        }
        return !w.isKnown() && !EnglishWords.contains(text, start, end) && !NameLexicon.isThingOrWord(word.toLowerCase(Locale.ROOT));
    }

    private static boolean onlyName(String text, int start, int end, NameLexicon lexicon) {
        var word = capitalised(text, start, end);
        var w = lexicon.lookup(word, 0, word.length());
        return w.isOnlyName() && !w.is(NameLexicon.Word.ENGLISH_WORD) && !EnglishWords.contains(text, start, end);
    }

    /** Voikko reads a proper name only capitalised. */
    private static String capitalised(String text, int start, int end) {
        return Character.toUpperCase(text.charAt(start)) + text.substring(start + 1, end).toLowerCase(Locale.ROOT);
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        findings.add(new Finding(EntityType.NAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
    }
}
