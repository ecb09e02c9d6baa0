package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A capitalised word that is a part of the local part of an address in the same message ("Hunt"
 * and faith_hunt@…, "Tamm" and abdi.tamm3@…, "Rinne" and hrinne@…) is that person's name.
 */
final class AddressLocalParts {

    private static final Pattern LOCAL_PART_SEPARATORS = Pattern.compile("[._-]");

    private AddressLocalParts() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        if (text.indexOf('@') < 0) {
            return;
        }
        List<String> parts = null;
        for (int t : capitals) {
            // The local parts are split only once a capitalised word not yet a name can be one: most messages have none.
            if (!names[t]
                    && (NameWords.canBeSurname(text, tokens, words[t], t) || words[t].is(NameLexicon.Word.PAIRED_LAST))
                    && !isUnitOrCommonNoun(text, tokens, words[t], t)) {
                if (parts == null) {
                    parts = localPartWords(text);
                }
                if (parts.isEmpty()) {
                    return;
                }
                var folded = fold(text.substring(tokens.start(t), tokens.end(t)));
                names[t] = parts.contains(folded) && (!isWholeMailbox(text, folded) || isPersonsMailbox(tokens, words, names, t));
            }
        }
    }

    /**
     * A mailbox named by one word alone ("hyresgast@", "felanmalan@", "rent@") is a function's as often as a person's:
     * the word is that person's only where it is a given name, which a person's mailbox may be ("tuuli@"), or it
     * stands beside a name found ("Heikki Rinne" and "rinne@"). A function's word alone (a form's label "Hyresgäst:",
     * a queue's "Felanmälan", "Rent GBP 1048.11") is no one.
     */
    private static boolean isPersonsMailbox(Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return words[t].is(NameLexicon.Word.FIRST)
                || t > 0 && names[t - 1] && tokens.spaced(t - 1, t)
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1);
    }

    /** Whether an address of the message has {@code folded} as its whole local part, with no digit ("rent@", not "rent3@"). */
    private static boolean isWholeMailbox(String text, String folded) {
        for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
            int start = at - folded.length();
            if (start >= 0 && text.regionMatches(true, start, folded, 0, folded.length())
                    && (start == 0 || !isLocalChar(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A department's or a function's word with no name reading ("Laskutus" and laskutus@…, "Kirurgia", "Satamakonttori",
     * "Vinterförvaring"): a shared mailbox is named for its work, and the word before its handler ("Laskutus (Aino
     * Virta, avirta)") is the unit, not a person.
     */
    private static boolean isUnitOrCommonNoun(String text, Tokens tokens, NameLexicon.Word word, int t) {
        // Beside another capitalised word it may be a surname that is also a noun ("Wesley Cook" and wesley.cook@…).
        boolean alone = (t == 0 || !tokens.isCapitalised(t - 1) || !tokens.spaced(t - 1, t))
                && (t + 1 >= tokens.size() || !tokens.isCapitalised(t + 1) || !tokens.spaced(t, t + 1));
        return alone && !word.isName() && (word.is(NameLexicon.Word.COMMON) || UnitWords.contains(text, tokens, word, t));
    }

    /**
     * An address of the message has both words in its local part ("John Lewis" and john.lewis@…): the words
     * are a person's.
     */
    static boolean holdBoth(String text, String first, String second) {
        if (text.indexOf('@') < 0) {
            return false;
        }
        var parts = localPartWords(text);
        return parts.contains(fold(first)) && parts.contains(fold(second));
    }

    /**
     * An address of the message is the person's: its local part holds both words ("storm.urquhart@…") or the given
     * name's initial before the surname ("sfeatherstone@…").
     */
    static boolean isAddressOf(String text, String given, String surname) {
        if (text.indexOf('@') < 0) {
            return false;
        }
        var parts = localPartWords(text);
        var last = fold(surname);
        var first = fold(given);
        return parts.contains(last) && (parts.contains(first) || parts.contains(first.charAt(0) + last));
    }

    /** The words of the local parts of the addresses that have two or more ("faith", "hunt" of faith_hunt@). */
    private static List<String> localPartWords(String text) {
        var out = new ArrayList<String>();
        for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            if (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))) {
                continue;
            }
            var local = LOCAL_PART_SEPARATORS.split(text.substring(start, at).toLowerCase(Locale.ROOT));
            if (allThingsOrWords(local)) {
                continue;
            }
            for (var part : local) {
                var word = Scan.withoutTrailingDigits(part);
                if (word.length() >= 3 && Characters.allLetters(word) && !NameLexicon.isMaker(word)) {
                    out.add(word);
                    if (local.length == 1 && word.length() >= 5) {
                        // "hrinne", "rinneh": an initial and a surname.
                        out.add(word.substring(1));
                        out.add(word.substring(0, word.length() - 1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every part of a local part is a product, maker or word ({@link NameLexicon#isThingOrWord}), or an English noun's
     * plural alone ("recoveries@", "claims@": a team's mailbox): no one's address. Not a plural beside another part, as
     * a surname may be one ("will.banks@", "rose.mills@").
     */
    private static boolean allThingsOrWords(String[] parts) {
        for (var part : parts) {
            if (!NameLexicon.isThingOrWord(part) && !(parts.length == 1 && isPluralOfNoun(part))) {
                return false;
            }
        }
        return true;
    }

    /** "recoveries" of recovery, "claims" of claim; the word list holds the singular. */
    private static boolean isPluralOfNoun(String part) {
        int n = part.length();
        if (n < 5 || part.charAt(n - 1) != 's') {
            return false;
        }
        return part.endsWith("ies") && EnglishNouns.contains(part.substring(0, n - 3) + "y", 0, n - 2)
                || EnglishNouns.contains(part, 0, n - 1);
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    /**
     * Lower case without the marks addresses drop: "Jääskeläinen" → "jaaskelainen", "Sunná" → "sunna",
     * "Wiśniewska" → "wisniewska", "Benoît" → "benoit"; letters no mark decomposes are written as addresses
     * write them ("Łukasz" → "lukasz", "Øyvind" → "oyvind", "Weiß" → "weiss", "Đình" → "dinh", "Þórður" → "thordur",
     * "Ægir" → "aegir", "Yıldız" → "yildiz").
     */
    static String fold(String word) {
        var bare = Unaccented.of(word);
        return isAscii(bare) ? bare : bare.replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ð', 'd')
                .replace('ı', 'i').replace("ß", "ss").replace("þ", "th").replace("æ", "ae").replace("œ", "oe");
    }

    /**
     * The ASCII letters of {@link #fold}'s form of {@code word}, in order ("Kravchuk-Oliinyk" gives "kravchukoliinyk"): the
     * letters a login is built of. A loop, as it runs for each name part a login is compared with.
     */
    static String foldedLetters(String word) {
        return asciiLetters(fold(word));
    }

    /** The ASCII lower-case letters of {@code lower}, in order. */
    static String asciiLetters(String lower) {
        var letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.length() == lower.length() ? lower : letters.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
