package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the layout of a message names a person, whatever the word is (R3.2, R8.2): the line after a
 * closing ("Best,\nFaith", "Terveisin\nT. Kask"), a surname after an initial ("J-P Peltola", "to
 * T. Gray"), a chat mention ("@Katja"), a word that is a part of an e-mail address's local part
 * in the same message ("Approved by Hunt (faith_hunt@…)"), and every other mention of a name
 * found once ("Katja Kivi, Heikki ja Kivi"). {@link PersonNameDetector} calls it after its own rules.
 */
final class NameContext {

    /** Words that close a message before the sender's name on the next line. */
    private static final Set<String> CLOSINGS = Set.of(
            "terveisin", "terkuin", "terkut", "kiitos", "kiittäen", "etukäteen", "t", "mvh", "hälsningar", "regards",
            "best", "cheers", "thanks", "sincerely", "signed", "wishes", "yours", "br", "phone", "iphone", "mobile");
    /** Postpositions and nouns after a person's genitive: "Kaskin mukaan", "Fadumon kanssa", "Tammin tiedot". */
    private static final Set<String> PERSON_POSTPOSITIONS = Set.of("mukaan", "kanssa", "luona", "luo", "luota", "puolesta",
            "tiedot");
    /** What a person has, in English: the unknown capitalised word before "'s" and one of these is a name ("Abdi's monitor"). */
    private static final Set<String> ENGLISH_POSSESSIONS = Set.of("laptop", "monitor", "screen", "account", "password",
            "phone", "mailbox", "inbox", "computer", "pc", "desk", "badge", "access", "calendar", "headset", "keyboard",
            "mouse", "login", "mobile", "manager");
    /** "the Company's laptop": a determiner makes a thing of the word. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "your", "my", "their", "his", "her",
            "its", "this", "that");
    /** Words that join two people: "Heikki and Abdi", "Tuula ja Abdullahi". */
    private static final List<String> CONJUNCTIONS = List.of("ja", "sekä", "and", "or", "tai");
    private static final int LONGEST_CONJUNCTION = 4;
    /** Labels before a list of people: "Kopio: Taras Honkanen; Shirin Kuusk", "Paikalla: Oksana Z., Shirin, Yilmaz". */
    private static final Set<String> LIST_LABELS = Set.of("cc", "bcc", "kopio", "piilokopio", "vastaanottajat",
            "paikalla", "osallistujat", "läsnä", "attendees", "participants");
    /** How many people a labelled list names at most. */
    private static final int LISTED_PEOPLE = 12;
    /** How many words a closing line has at most ("Sent from my phone", "Kiitos jo etukäteen"). */
    private static final int CLOSING_WORDS = 4;
    private static final Pattern LOCAL_PART_SEPARATORS = Pattern.compile("[._-]");

    private NameContext() {
    }

    static void find(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Most words do not open a line: that test first.
            if (t > 0 && startsLine(text, tokens, t) && isClosingLine(text, tokens, t - 1)) {
                signature(text, tokens, words, names, t);
            } else if (isInitial(text, tokens, t) && t + 1 < n && afterInitial(text, tokens, t)
                    && (t == 0 || startsLine(text, tokens, t) || tokens.isLowerCase(t - 1))
                    && canBeSurname(text, tokens, words[t + 1], t + 1)) {
                names[t + 1] = true;
            }
        }
        localParts(text, tokens, words, names);
        for (int t = 0; t + 1 < n; t++) {
            if (tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == ':'
                    && LIST_LABELS.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
                labelledList(text, tokens, words, names, t + 1);
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            if (!names[t] && isGenitiveBeforePostposition(text, tokens, words, t)) {
                names[t] = true;
            }
        }
        for (int c = 1; c + 1 < n; c++) {
            if (isConjunction(text, tokens, c) && tokens.spaced(c, c + 1)) {
                coordinated(text, tokens, words, names, c);
                if (isSpeaker(text, tokens, c + 1)) {
                    listBeforeMe(text, tokens, words, names, c);
                }
            }
            // "Reassigned from Penny Sutton to Kadri": from one person to another.
            if (names[c - 1] && tokens.is(c, "to") && tokens.spaced(c, c + 1) && fromBefore(tokens, names, c - 1)
                    && canBeSurname(text, tokens, words[c + 1], c + 1)) {
                names[c + 1] = true;
            }
        }
        for (int t = 0; t < n; t++) {
            if (!names[t] && isPossessor(text, tokens, words, t)) {
                names[t] = true;
            }
        }
    }

    /** One of {@link #CONJUNCTIONS}, as written (in lower case): compared in place, as nearly every word is asked. */
    private static boolean isConjunction(String text, Tokens tokens, int t) {
        if (tokens.length(t) > LONGEST_CONJUNCTION) {
            return false;
        }
        for (var conjunction : CONJUNCTIONS) {
            if (tokens.length(t) == conjunction.length() && text.startsWith(conjunction, tokens.start(t))) {
                return true;
            }
        }
        return false;
    }

    /** "from" right before the name that ends at {@code last} (one or two words). */
    private static boolean fromBefore(Tokens tokens, boolean[] names, int last) {
        int first = last > 0 && names[last - 1] && tokens.spaced(last - 1, last) ? last - 1 : last;
        return first > 0 && tokens.is(first - 1, "from") && tokens.spaced(first - 1, first);
    }

    private static boolean isPossessor(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        if (words[t] == null || words[t].isKnown() || !tokens.isCapitalised(t) || end + 3 > text.length()
                || text.charAt(end) != '\'' && text.charAt(end) != '’' || text.charAt(end + 1) != 's' || text.charAt(end + 2) != ' ') {
            return false;
        }
        var lower = text.substring(tokens.start(t), end).toLowerCase(Locale.ROOT);
        if (t > 0 && DETERMINERS.contains(text.substring(tokens.start(t - 1), tokens.end(t - 1)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // The "s" is a word of its own to Tokens.
        int next = t + 1 < tokens.size() && tokens.start(t + 1) == end + 1 ? t + 2 : t + 1;
        return !NameLexicon.isThingOrWord(lower) && next < tokens.size() && tokens.start(next) == end + 3
                && ENGLISH_POSSESSIONS.contains(text.substring(tokens.start(next), tokens.end(next)));
    }

    /**
     * The people a label lists on its line, separated by commas or semicolons: one or two words each
     * that are names or unknown (not products or words), an initial after them allowed ("Oksana Z.").
     */
    private static void labelledList(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int first) {
        int t = first;
        for (int people = 0; people < LISTED_PEOPLE && t < tokens.size() && isListedPerson(text, tokens, words, t); people++) {
            names[t] = true;
            int next = t + 1;
            if (next < tokens.size() && tokens.spaced(t, next) && isListedPerson(text, tokens, words, next)) {
                names[next] = true;
                next++;
            }
            if (next < tokens.size() && isInitial(text, tokens, next) && tokens.spaced(next - 1, next)) {
                next++;
            }
            if (next >= tokens.size() || !separatedInList(text, tokens.end(next - 1), tokens.start(next))) {
                return;
            }
            t = next;
        }
    }

    private static boolean isListedPerson(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return canBeSurname(text, tokens, w, t) && (w.is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST
                | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST) || !w.isKnown());
    }

    /** One comma or semicolon between two items of a list on one line, after an initial's full stop too. */
    private static boolean separatedInList(String text, int from, int to) {
        int separators = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                separators++;
            } else if (c != ' ' && c != '.') {
                return false;
            }
        }
        return separators == 1;
    }

    /** "I", "minä", "mä": the one who writes, last in a list of people ("Iris, Malcolm and I tested …"). */
    private static boolean isSpeaker(String text, Tokens tokens, int t) {
        return tokens.length(t) == 1 && text.charAt(tokens.start(t)) == 'I' || tokens.is(t, "minä") || tokens.is(t, "mä");
    }

    /** "Ebba, Lily and I", "Terttu ja minä": the capitalised names or unknown words listed before "and I" are people. */
    private static void listBeforeMe(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int c) {
        for (int t = c - 1; t >= 0 && canBeSurname(text, tokens, words[t], t)
                && (words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
                | NameLexicon.Word.PAIRED_LAST) || !words[t].isKnown()); t--) {
            names[t] = true;
            if (t == 0 || text.charAt(tokens.end(t - 1)) != ',' || tokens.start(t) - tokens.end(t - 1) > 2) {
                return;
            }
        }
    }

    /** "Heikki and Abdi": one side is a name, the other a capitalised word that can be one. */
    private static void coordinated(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int c) {
        if (names[c - 1] && canBeSurname(text, tokens, words[c + 1], c + 1)) {
            names[c + 1] = true;
        } else if (names[c + 1] && !tokens.beginsSentence(c - 1) && canBeSurname(text, tokens, words[c - 1], c - 1)) {
            names[c - 1] = true;
        }
    }

    /**
     * A capitalised genitive before a postposition of persons ("Kaskin mukaan", "Päivitin Tammin
     * tiedot"); not a product's ("Teamsin kanssa"). Opening a sentence, a word that is also an ordinary
     * word is a name only if it is a given name or surname whose ordinary readings are no genitive
     * ("Jyrkin mukaan": jyrkin is "steepest"), or, where they are one ("Toivon mukaan": hopefully), if the
     * message goes on about a person ("… Hän kokeili jo").
     */
    private static boolean isGenitiveBeforePostposition(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        if (w == null || !tokens.isCapitalised(t) || text.charAt(tokens.end(t) - 1) != 'n' || !tokens.spaced(t, t + 1)
                || !PERSON_POSTPOSITIONS.contains(text.substring(tokens.start(t + 1), tokens.end(t + 1)))
                || tokens.beginsSentence(t) && w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)
                && !(w.isName() && !w.is(NameLexicon.Word.ENGLISH_WORD)
                && (!w.is(NameLexicon.Word.ORDINARY_GENITIVE) || speaksOfAPerson(text, tokens.end(t + 1))))) {
            return false;
        }
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        var stem = lower.substring(0, lower.length() - (lower.endsWith("in") ? 2 : 1));
        return !NameLexicon.isThingOrWord(stem) && !NameLexicon.isThingOrWord(lower.substring(0, lower.length() - 1));
    }

    /** A Finnish third-person pronoun comes later in the text: "hän", "hänen", "hänellä" … */
    private static boolean speaksOfAPerson(String text, int from) {
        for (int i = text.indexOf("än", from); i > 0; i = text.indexOf("än", i + 2)) {
            if ((text.charAt(i - 1) == 'h' || text.charAt(i - 1) == 'H') && (i == 1 || !Character.isLetter(text.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** The sender's line: an initial may come first, then one or two words that can be a name. */
    private static void signature(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int first = isInitial(text, tokens, t) && t + 1 < tokens.size() && afterInitial(text, tokens, t) ? t + 1 : t;
        if (!canBeSurname(text, tokens, words[first], first)) {
            return;
        }
        names[first] = true;
        int second = first + 1;
        // A second word is a name part if it reads as one, or no word follows it ("Abdi Warsame | 040…"; not "Rob Also …").
        if (second < tokens.size() && tokens.spaced(first, second) && canBeSurname(text, tokens, words[second], second)
                && (words[second].isName() || words[second].is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                || !wordFollows(text, tokens.end(second)))) {
            names[second] = true;
        }
    }

    /** A letter comes next on the line, after spaces only. */
    private static boolean wordFollows(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > from && i < text.length() && Character.isLetter(text.charAt(i));
    }

    /**
     * A capitalised word where the layout calls for a name: a name reading of any kind, or any word
     * that is not a product, maker or English word of the service desk ("Service Desk" signs too).
     */
    private static boolean canBeSurname(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null || !tokens.isCapitalised(t)) {
            return false;
        }
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        return !NameLexicon.isMaker(lower) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST)
                || !NameLexicon.isThingOrWord(lower));
    }

    /** "T." or "J-P": one capital and a full stop, or two joined by a hyphen. */
    private static boolean isInitial(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int length = tokens.length(t);
        if (length == 1) {
            return Character.isUpperCase(text.charAt(start)) && tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == '.';
        }
        return length == 3 && Character.isUpperCase(text.charAt(start)) && text.charAt(start + 1) == '-'
                && Character.isUpperCase(text.charAt(start + 2));
    }

    /** The next word follows the initial on the same line, after its full stop and spaces. */
    private static boolean afterInitial(String text, Tokens tokens, int t) {
        int from = tokens.end(t);
        if (from < text.length() && text.charAt(from) == '.') {
            from++;
        }
        for (int i = from; i < tokens.start(t + 1); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return from < tokens.start(t + 1);
    }

    private static boolean startsLine(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The word ends a short line that closes the message ("Best,", "Ystävällisin terveisin", "Sent from my phone"). */
    private static boolean isClosingLine(String text, Tokens tokens, int t) {
        if (!CLOSINGS.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int words = 1;
        for (int before = t - 1; before >= 0 && !startsLine(text, tokens, before + 1) && !tokens.beginsSentence(before + 1); before--) {
            if (++words > CLOSING_WORDS) {
                return false;
            }
        }
        for (int i = tokens.end(t); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalised word that is a part of the local part of an address in the message
     * ("Hunt" and faith_hunt@…, "Tamm" and abdi.tamm3@…) is that person's name.
     */
    private static void localParts(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        if (text.indexOf('@') < 0) {
            return;
        }
        var parts = localPartWords(text);
        for (int t = 0; t < tokens.size() && !parts.isEmpty(); t++) {
            boolean nameLike = canBeSurname(text, tokens, words[t], t) || words[t] != null && words[t].is(NameLexicon.Word.PAIRED_LAST);
            if (!names[t] && tokens.isCapitalised(t) && nameLike && parts.contains(fold(text.substring(tokens.start(t), tokens.end(t))))) {
                names[t] = true;
            }
        }
    }

    /** The words of the local parts of the addresses that have two or more ("faith", "hunt" of faith_hunt@). */
    private static List<String> localPartWords(String text) {
        var out = new ArrayList<String>();
        for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            var local = LOCAL_PART_SEPARATORS.split(text.substring(start, at).toLowerCase(Locale.ROOT));
            if (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))
                    || Arrays.stream(local).allMatch(NameLexicon::isThingOrWord)) {
                continue;
            }
            for (var part : local) {
                var word = withoutTrailingDigits(part);
                if (word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !NameLexicon.isMaker(word)) {
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

    /** "tamm" of "tamm3". */
    private static String withoutTrailingDigits(String part) {
        int end = part.length();
        while (end > 0 && Scan.isDigit(part.charAt(end - 1))) {
            end--;
        }
        return part.substring(0, end);
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    /** Lower case without the marks addresses drop: "Jääskeläinen" → "jaaskelainen". */
    private static String fold(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        return lower.replace('ä', 'a').replace('ö', 'o').replace('å', 'a').replace('ü', 'u').replace('é', 'e');
    }

    /**
     * Every other capitalised mention of a word found as a name is the same person's ("Katja Kivi, …
     * ja Kivi"), and so is an unknown capitalised word right before one inside a sentence ("Kadri Abdullahi").
     */
    static void sameNameElsewhere(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        List<String> found = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t)) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(text.substring(tokens.start(t), tokens.end(t)));
            }
        }
        for (int t = 0; found != null && t < tokens.size(); t++) {
            // Not an ordinary word opening a sentence: "Will Smith called. Will you …" is the verb.
            if (!names[t] && words[t] != null && tokens.isCapitalised(t)
                    && !(words[t].is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) && tokens.beginsSentence(t))
                    && isOneOf(found, text, tokens.start(t), tokens.end(t))) {
                names[t] = true;
            }
        }
        for (int t = 0; found != null && t + 1 < tokens.size(); t++) {
            // "Kadri Abdullahi" once Abdullahi is a name: an unknown capitalised word before it inside a sentence.
            if (!names[t] && names[t + 1] && words[t] != null && !words[t].isKnown() && tokens.isCapitalised(t)
                    && tokens.spaced(t, t + 1) && !tokens.beginsSentence(t)) {
                names[t] = true;
            }
        }
    }

    /** Whether {@code text[start, end)} is one of {@code words}, without a copy of it. */
    private static boolean isOneOf(List<String> words, String text, int start, int end) {
        for (var word : words) {
            if (word.length() == end - start && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "@Katja", "@jouni": a chat mention (an "@" not inside an address) of a word that can be a name;
     * in lower case only a name Voikko or the lists know that is no other word.
     */
    static void mentions(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && "([".indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - at < 3 || end < text.length() && (text.charAt(end) == '.' && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1)) || Character.isDigit(text.charAt(end)))) {
                continue;
            }
            var w = lexicon.lookup(text, at + 1, end);
            var lower = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(text.charAt(at + 1)) && Character.isLowerCase(text.charAt(at + 2));
            boolean name = capitalised
                    ? !NameLexicon.isMaker(lower) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || !NameLexicon.isThingOrWord(lower))
                    : w.isName() && !w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD);
            if (name) {
                findings.add(new Finding(EntityType.NAME, at + 1, end, w.isName() && w.base() != null ? w.base() : lower));
            }
        }
    }
}
