package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * "Kan ni kolla det här? /Linnea", "Tack! //Fredrik Åkerblom": a message signed with a slash before the sender's
 * name, as Swedish and Finnish mail often is (R3.2). The slash glues the name to it, so it is no word of the text's
 * and no other rule sees it. A slash that opens a line, or follows a sentence's end, before one or two capitalised
 * words of three letters or more that end the line or stand before a comma and the signer's number, employer or
 * e-mail address ("/Linnea-Kristina, Saimaa Pankki", "/Aili-Vilhelmiina Ohraniemi, ohraniemi.aili@bredband.example.se"): each a name by Voikko or the lists, or a word nobody knows that is no English noun,
 * product or maker (not a path's "/Users", "/Documents"). The words name one person, so they are one finding.
 */
final class SlashSignatures {

    /** How many words a signature's name has at most. */
    private static final int MOST_WORDS = 2;
    /** The fewest letters of a signature's name: two are mostly initials ("/Md"). */
    private static final int SHORTEST_NAME = 3;
    /** How many words the employer or unit after a signature's comma has at most ("Saimaa Pankki", "Bright Harbour Oy"). */
    private static final int EMPLOYER_WORDS = 4;
    /** How many fields of the signer's unit stand at most between the name and a number ending the line. */
    private static final int UNIT_FIELDS = 2;

    private SlashSignatures() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            if (!opensSignature(text, slash)) {
                continue;
            }
            int from = slash + 1 < text.length() && text.charAt(slash + 1) == '/' ? slash + 2 : slash + 1;
            int[] words = new int[2 * MOST_WORDS];
            int count = 0;
            int i = from;
            while (count < words.length && i < text.length() && Character.isUpperCase(text.charAt(i))) {
                int start = i++;
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (i - start < SHORTEST_NAME || !Character.isLowerCase(text.charAt(start + 1))
                        || !isNameWord(text, lexicon, start, i) && !(count == 2 && isSurnameAfterGivenName(text, lexicon, words[0], words[1], start, i))) {
                    count = -1;
                    break;
                }
                words[count++] = start;
                words[count++] = i;
                if (i < text.length() && text.charAt(i) == ' ' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) {
                    i++;
                }
            }
            if (count > 0 && (Characters.endsLine(text, i) || numberFollows(text, i) || employerFollows(text, i) || addressFollows(text, i))) {
                // A signature names one person: its words, one space apart, are one span and one placeholder.
                var value = new StringBuilder();
                for (int k = 0; k < count; k += 2) {
                    var w = lexicon.lookup(text, words[k], words[k + 1]);
                    value.append(k == 0 ? "" : " ")
                            .append(w.isName() && w.base() != null ? w.base() : text.substring(words[k], words[k + 1]).toLowerCase(Locale.ROOT));
                }
                findings.add(new Finding(EntityType.NAME, words[0], words[count - 1], value.toString()));
            }
        }
    }

    /** The slash opens the text or a line, or follows a sentence's end and a space: no path's or a pair's slash. */
    private static boolean opensSignature(String text, int slash) {
        if (slash > 0 && text.charAt(slash - 1) == '/') {
            return false;
        }
        int i = slash - 1;
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        if (text.charAt(i) != ' ') {
            return false;
        }
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isNameWord(String text, NameLexicon lexicon, int start, int end) {
        var w = lexicon.lookup(text, start, end);
        if (NameLexicon.isMaker(text, start, end)) {
            return false;
        }
        return w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST)
                || !w.isKnown() && !EnglishNouns.contains(text, start, end) && !NameLexicon.isThingOrWord(text, start, end);
    }

    /**
     * A surname of the land ("Ruskokorpi", "Haapalampi") after a given name: Voikko reads it as an ordinary compound, but
     * a signature puts no noun after the signer's given name ({@link TopographicSurnames}).
     */
    private static boolean isSurnameAfterGivenName(String text, NameLexicon lexicon, int givenStart, int givenEnd, int start, int end) {
        var given = lexicon.lookup(text, givenStart, givenEnd);
        return given.is(NameLexicon.Word.FIRST) && TopographicSurnames.is(text, start, end, lexicon.lookup(text, start, end));
    }

    /**
     * A comma and the signer's number after the name, as a signature gives it on one line ("/Per-Arvid, +46 70 608 9763",
     * "/Pirkko-Leena, 09 321 6255"), or the number ending the line after the signer's unit ("/Aino Kivi, avd. K3, 09 321
     * 6255", "/Olof Ek, socialtjänsten, vuxenenheten, +46 8 123 45"): at most {@value #UNIT_FIELDS} fields between.
     */
    private static boolean numberFollows(String text, int i) {
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        if (opensNumber(text, i + 1)) {
            return true;
        }
        int end = Characters.lineEnd(text, i);
        int last = text.lastIndexOf(',', end - 1);
        int fields = 0;
        for (int k = i + 1; k < last; k++) {
            char c = text.charAt(k);
            if (c == ',' && ++fields >= UNIT_FIELDS || "?!:;".indexOf(c) >= 0) {
                return false;
            }
        }
        return last > i && opensNumber(text, last + 1) && isNumberToLineEnd(text, last + 1, end);
    }

    /** After spaces, a number's first character: '+', '(' or a digit. */
    private static boolean opensNumber(String text, int i) {
        i = Characters.afterSpaces(text, i);
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '(' || Character.isDigit(text.charAt(i)));
    }

    /** Only a phone number's characters from {@code from} to the line's end. */
    private static boolean isNumberToLineEnd(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && " +()-\r".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A comma and the signer's employer or unit ending the line, as a reply on a public channel is signed ("/Linnea-Kristina,
     * Saimaa Pankki", "/Olof, Kundtjänst"): capitalised, at most {@value #EMPLOYER_WORDS} words, no sentence in it.
     */
    private static boolean employerFollows(String text, int i) {
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        i++;
        i = Characters.afterSpaces(text, i);
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int words = 1;
        for (; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c == ' ' && ++words > EMPLOYER_WORDS || ".!?:;,".indexOf(c) >= 0 && !Characters.endsLine(text, i + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A comma and the signer's e-mail address ending the line, as a mail is signed on one line ("/Aili-Vilhelmiina
     * Ohraniemi, ohraniemi.aili@bredband.example.se"): one run without spaces, an "@" inside and a dot after it.
     */
    private static boolean addressFollows(String text, int i) {
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        int start = Characters.afterSpaces(text, i + 1);
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        int at = text.indexOf('@', start);
        return at > start && at < end && text.indexOf('.', at) > at + 1 && text.indexOf('.', at) < end - 1 && Characters.endsLine(text, end);
    }
}
