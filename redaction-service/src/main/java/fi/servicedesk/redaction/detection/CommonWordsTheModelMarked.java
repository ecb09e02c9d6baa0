package fi.servicedesk.redaction.detection;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A common English word that only the model marked, that no name list or Voikko reads as a name, is that word where a
 * log, a header or an event text puts its words, and no other name stands beside it. The model scores such words by
 * their shape and place (a line's first word, a word before a colon) as it scores a name no list knows; these places
 * are the record's, not a sentence's:
 * <ul>
 *   <li>a verb's form in -ed or -ing, which no given name or surname is unless a list holds it ("Locked out again",
 *       "-- Executing [s@default:1]");</li>
 *   <li>a label of two to six words opening a line or sentence before its colon ("Account That Was Locked Out:",
 *       "Source Network Address: 10.1.2.3", "Raw response follows:"); a speaker's label of one word ("Saffron: hi")
 *       stays;</li>
 *   <li>the first word after a program's tag that follows a log line's time ("09:12:44 radiusd: Login incorrect");</li>
 *   <li>a reply of one word after a speaker's colon ("Aino: Done, refunds will confirm.");</li>
 *   <li>a word before a key or token of letters and digits ("Authorization: Bearer eyJhbGciOi…", "Basic
 *       ZGVwbG95…");</li>
 *   <li>a line's one word before its colon and a number, the number's label ("Fax: 017 965 7243");</li>
 *   <li>a word before a sum of money, the sum's label ("Balance EUR 762.50");</li>
 *   <li>a common noun's plural that opens a sentence before a word in lower case ("Routers at the office need a
 *       reboot", "Printers are down"): a sentence's subject, where a name would be in the singular;</li>
 *   <li>and, for a word that Voikko reads as an ordinary word and no name or place, what a key pressed leads to in an
 *       IVR log ("DTMF 2 → Salasanat");</li>
 *   <li>a Finnish verb's form opening a sentence or a speaker's words ("12:44 Aino: Onnistuu.");</li>
 *   <li>a Swedish compound naming a document ("Tågvärdsrapport", "Bagageanmälan");</li>
 *   <li>a Swedish noun in its definite form, which Voikko does not read ("Lönen för mars kom", "Grannen Anna fick
 *       samma");</li>
 *   <li>a word the message writes in lower case too, in some form ("Faktura 7225 … fakturan går inte vidare").</li>
 * </ul>
 * A word beside another name part keeps the mark ("Caller Obiageli"), and so does a word a rule marked ("Hi Arvo,"):
 * the rules read cues the model's features miss, and a sentence's common word is a name often enough ("Arvo kokeili
 * jo", "Into is off sick", "ask Saffron"). The words are {@link EnglishWords}; the names that are also English words
 * have a reading from the US name lists (us-names.tsv: "Juniper", "Heron"), and keep the mark.
 */
final class CommonWordsTheModelMarked {

    /** A name by any reading, also one the US lists hold only as a name part because it is an English word. */
    private static final int ANY_NAME = NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
            | NameLexicon.Word.PAIRED_LAST;
    /** A verb's form: "locked" and "executing", not "ted" or "ding". */
    private static final int SHORTEST_VERB_FORM = 6;
    private static final int LONGEST_LABEL = 6;
    /** A key's or token's characters after the word ("eyJhbGciOiJSUzI1NiJ9", "ZGVwbG95OnNlY3JldA=="). */
    private static final int SHORTEST_TOKEN = 16;
    /** "Routers", "Laptops": not "Bus" or "Gas". */
    private static final int SHORTEST_PLURAL = 5;
    /** "Lönen", "Grannen"; not a shorter word in -en or -et ("Sten", "Ben"). */
    private static final int SHORTEST_DEFINITE_NOUN = 5;
    /** "Faktura", "Dödsboet": not a shorter word, whose forms a name's may share ("Ines", "inesin"). */
    private static final int SHORTEST_STEM = 5;
    /** Swedish nouns of reports, forms, orders and certificates, the last part of a document's compound name. */
    private static final String[] SWEDISH_DOCUMENTS = {"rapport", "anmälan", "beställning", "ansökan", "intyg", "protokoll"};
    /** "Tågvärds-", "Skade-": the first part of a compound; not "Anm" or a name that ends so by chance. */
    private static final int SHORTEST_COMPOUND_PART = 4;
    /** The signs a sum of money opens with. */
    private static final String CURRENCY_SIGNS = "€£$";
    /** The currencies' codes of ISO 4217 ("EUR", "SEK"). */
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    /** "-n", "-ets", "-orna": a case or a definite form's ending. */
    private static final int LONGEST_ENDING = 3;

    private CommonWordsTheModelMarked() {
    }

    /** {@code ruled}: the marks before the model's; a word marked in {@code names} and not there is the model's alone. */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] ruled, boolean[] names) {
        boolean[] common = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && !ruled[t] && isSwedishDocument(text, tokens, words, t)) {
                names[t] = false;
                continue;
            }
            if (names[t] && !ruled[t] && isSwedishDefiniteNoun(text, tokens, words, t) && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t))) {
                names[t] = false;
                continue;
            }
            if (names[t] && !ruled[t] && (isCommonWord(text, tokens, words, t) && (standsAsTheRecordsWord(text, tokens, t) || isShortReply(text, tokens, words, t))
                    || isPluralSubject(text, tokens, words, t)
                    || isOrdinaryWord(words[t]) && isMenuChoice(text, tokens.start(t), tokens.end(t))
                    || isVerbOpeningASentence(tokens, words[t], t))) {
                if (common == null) {
                    common = new boolean[tokens.size()];
                }
                common[t] = true;
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && !ruled[t] && isCapitalisedCommonNoun(text, tokens, words, t)) {
                common = markLowerCaseForms(text, tokens, ruled, t, common);
            }
        }
        if (common == null) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (common[t] && !besideName(tokens, names, common, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isCommonWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var word = words[t];
        return (word == null || !word.is(ANY_NAME)) && EnglishWords.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * A Swedish compound whose last part is a document's noun ("Tågvärdsrapport", "Bagageanmälan",
     * "Assistansbeställning", "Skadeintyg"), a report's or a form's heading: no name ends in one, and Swedish writes its
     * compounds as one word, which no list holds.
     */
    private static boolean isSwedishDocument(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (words[t] != null && words[t].is(ANY_NAME)) {
            return false;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        for (var head : SWEDISH_DOCUMENTS) {
            if (end - start >= head.length() + SHORTEST_COMPOUND_PART && Characters.regionMatchesIgnoringCase(text, end - head.length(), head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Swedish noun in its definite singular, or that form's genitive ("Lönen för mars kom", "Dödsboet tar över
     * avtalet", "Dödsboets elavtal", "Grannen Anna fick samma", "gör Kronofogden utmätning"): a capitalised word in -en,
     * -et or -ets that no list or Voikko reads as a name or a place, on a line that holds a Swedish function word before
     * the sentence's end. A name no list knows seldom ends so; a word after a name marked is its surname ("Anna
     * Lönnen"). Not in lower case: a transcript's Finnish genitive ends so too ("ni heikkurisen veli").
     */
    private static boolean isSwedishDefiniteNoun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        if (!tokens.isCapitalised(t) || tokens.length(t) < SHORTEST_DEFINITE_NOUN || words[t] != null && words[t].is(ANY_NAME | NameLexicon.Word.PLACE)
                || !(text.startsWith("en", end - 2) || text.startsWith("et", end - 2) || text.startsWith("ets", end - 3))) {
            return false;
        }
        int lineStart = Characters.lineStart(text, tokens.start(t));
        int from = t;
        while (from > 0 && tokens.start(from - 1) >= lineStart) {
            from--;
        }
        return SwedishWords.holdsSwedishWord(text, tokens, from, Characters.sentenceEnd(text, end));
    }

    /**
     * A capitalised word with no name reading opening a sentence that the message also writes in lower case, alone or
     * in a form of it ("Faktura 7225 väntar … men fakturan går inte vidare", "Dödsboet tar över … överfört till
     * dödsboet"): a common noun capitalised as a sentence or a subject opens. A person's name keeps its capital wherever
     * it stands in one message; a form in lower case that a rule marked as a name is no such witness, nor one in a line
     * that does not open with a capital.
     */
    private static boolean isCapitalisedCommonNoun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.isCapitalised(t) && tokens.beginsSentence(t) && tokens.length(t) >= SHORTEST_STEM
                && (words[t] == null || !words[t].is(ANY_NAME)) && !followedByColon(text, tokens.end(t));
    }

    private static boolean followedByColon(String text, int end) {
        return end < text.length() && text.charAt(end) == ':';
    }

    /**
     * A word inside a line that opens with a capital, not a label before its colon: the writer capitalises, so a name
     * would have its capital there. A chat written in lower case writes names so too ("kiitti kanna", "kanna: moi").
     * {@link PersonNameDetector} reads a name list's word in lower case by this too ("saknar ström", "Status: stig in").
     */
    static boolean standsInCapitalisedLine(String text, Tokens tokens, int k) {
        int line = Characters.lineStart(text, tokens.start(k));
        int first = line;
        while (first < tokens.start(k) && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        return first < tokens.start(k) && Character.isUpperCase(text.charAt(first)) && !followedByColon(text, tokens.end(k));
    }

    /**
     * Adds word {@code t} and its forms in lower case that the rules did not mark to {@code common} (made when null), when
     * there is any: the model's marks on those forms come off with the word's.
     */
    private static boolean[] markLowerCaseForms(String text, Tokens tokens, boolean[] ruled, int t, boolean[] common) {
        String word = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        boolean[] marked = common;
        for (int k = 0; k < tokens.size(); k++) {
            if (k != t && !ruled[k] && tokens.isLowerCase(k) && isFormOf(text.substring(tokens.start(k), tokens.end(k)), word)
                    && standsInCapitalisedLine(text, tokens, k)) {
                if (marked == null) {
                    marked = new boolean[tokens.size()];
                }
                marked[t] = true;
                marked[k] = true;
            }
        }
        return marked;
    }

    /**
     * {@code lower} is {@code word}, or one of them is the other with an ending of at most {@link #LONGEST_ENDING}
     * letters. Not a compound ending in it after a hyphen: a double given name ends in a place's name ("toivo-kustavi").
     */
    private static boolean isFormOf(String lower, String word) {
        return lower.startsWith(word) && lower.length() - word.length() <= LONGEST_ENDING
                || word.startsWith(lower) && lower.length() >= SHORTEST_STEM && word.length() - lower.length() <= LONGEST_ENDING;
    }

    /** A word Voikko reads as an ordinary word and that has no name or place reading ("Salasanat", "Vaihde"). */
    private static boolean isOrdinaryWord(NameLexicon.Word word) {
        return word != null && word.ordinaryBase() != null && !word.is(ANY_NAME | NameLexicon.Word.PLACE);
    }

    /**
     * A word Voikko reads only as a verb's form, with no noun's, name's or place's reading, opening a sentence or what a
     * speaker's colon introduces ("12:44 Aino: Onnistuu.", "Toimii nyt."): a Finnish sentence opens with its verb, and
     * a name is a noun.
     */
    private static boolean isVerbOpeningASentence(Tokens tokens, NameLexicon.Word word, int t) {
        return isOrdinaryWord(word) && word.is(NameLexicon.Word.VERB) && !word.is(NameLexicon.Word.NOUN)
                && (tokens.beginsSentence(t) || tokens.opensClause(t));
    }

    private static boolean standsAsTheRecordsWord(String text, Tokens tokens, int t) {
        return isVerbForm(text, tokens, t) || inLabel(text, tokens, t) || afterProgramTag(text, tokens, t)
                || beforeToken(text, tokens.end(t)) || isLabelOfNumber(text, tokens, t)
                || (t == 0 || !tokens.spaced(t - 1, t)) && beforeAmount(text, tokens.end(t));
    }

    /**
     * "14:02 Aino-Maria: Done, the billing team will confirm.": a word alone after a speaker's colon (a name by its
     * readings before it) and before a comma or a sentence's end is a reply ("Done", "Sure", "Agreed"); a name
     * addressed there has a name's reading, which the caller has ruled out, and a field's value follows no name
     * ("Approver: Saffron.").
     */
    private static boolean isShortReply(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        return t > 0 && words[t - 1] != null && words[t - 1].is(ANY_NAME) && !tokens.beginsSentence(t) && tokens.opensClause(t) && end < text.length()
                && ",.!".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * "Balance EUR 762.50 on hold", "Refund £289.24": a word before a sum of money, its currency's code or sign and then
     * a digit, is the sum's label; a person is paid a sum, not named before one. The label follows no word (the caller
     * checks): a name after a verb is who is paid ("Sent Heron £50"). The code is a currency's by ISO 4217,
     * not a product's ("SAP 4 hours").
     */
    private static boolean beforeAmount(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int at = end + 1;
        if (CURRENCY_SIGNS.indexOf(text.charAt(at)) >= 0) {
            return Character.isDigit(text.charAt(at + 1));
        }
        return at + 4 < text.length() && Characters.inCapitals(text, at, at + 3) && text.charAt(at + 3) == ' '
                && Character.isDigit(text.charAt(at + 4)) && CURRENCY_CODES.contains(text.substring(at, at + 3));
    }

    /**
     * A sentence's first word, capitalised and in -s, no name by any reading, whose singular is a common word (the list holds few
     * plurals: "routers" is not there, "router" is), before a word in lower case.
     */
    private static boolean isPluralSubject(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return tokens.beginsSentence(t) && Character.isUpperCase(text.charAt(start)) && end - start >= SHORTEST_PLURAL
                && text.charAt(end - 1) == 's'
                && Character.isLowerCase(text.charAt(end - 2)) && (words[t] == null || !words[t].is(ANY_NAME))
                && EnglishWords.contains(text, start, end - 1)
                && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1);
    }

    /**
     * "Fax: 017 965 7243", "Mobile: +358 40 …": a line's one word before its colon and a number is the number's label;
     * a speaker's label is before what they said.
     */
    private static boolean isLabelOfNumber(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.beginsSentence(t) && end + 2 < text.length() && text.charAt(end) == ':' && text.charAt(end + 1) == ' '
                && (Character.isDigit(text.charAt(end + 2)) || text.charAt(end + 2) == '+' || text.charAt(end + 2) == '(');
    }

    /**
     * What a key pressed leads to, after a digit and an arrow and ending its line ("DTMF 2 → Salasanat"): a queue's or
     * menu's choice, not a person's. Only there: a table's cell or a JSON string may hold a surname that is any noun
     * ("Kärpänen", "Siru"), and a name's arrow hands work over to a person ("Siru Muhonen → Eliel").
     */
    private static boolean isMenuChoice(String text, int start, int end) {
        return start >= 4 && text.startsWith(" → ", start - 3) && Character.isDigit(text.charAt(start - 4))
                && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
    }

    private static boolean isVerbForm(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.length(t) >= SHORTEST_VERB_FORM
                && (Characters.regionMatchesIgnoringCase(text, end - 2, "ed") || Characters.regionMatchesIgnoringCase(text, end - 3, "ing"));
    }

    /** Word {@code t} is one of two to six spaced words that open a line or sentence and end at a colon. */
    private static boolean inLabel(String text, Tokens tokens, int t) {
        int first = t;
        while (first > 0 && t - first < LONGEST_LABEL && tokens.spaced(first - 1, first)) {
            first--;
        }
        if (!tokens.beginsSentence(first)) {
            return false;
        }
        for (int last = t; last - first < LONGEST_LABEL; last++) {
            int after = tokens.end(last);
            if (after < text.length() && text.charAt(after) == ':') {
                return last > first;
            }
            if (last + 1 == tokens.size() || !tokens.spaced(last, last + 1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Word {@code t} follows a colon after a program's tag in lower case ("radiusd:", "sshd:"), on a line that opens
     * with a time or date and has no other word before the tag.
     */
    private static boolean afterProgramTag(String text, Tokens tokens, int t) {
        if (t == 0 || !tokens.isLowerCase(t - 1) || !colonBetween(text, tokens.end(t - 1), tokens.start(t))) {
            return false;
        }
        int line = Characters.lineStart(text, tokens.start(t - 1));
        return line < text.length() && Character.isDigit(text.charAt(line))
                && (t - 1 == 0 || tokens.end(t - 2) <= line);
    }

    private static boolean colonBetween(String text, int from, int to) {
        if (from >= to || text.charAt(from) != ':') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** One space, then a run of at least {@link #SHORTEST_TOKEN} letters and digits, both, and the marks of base64. */
    private static boolean beforeToken(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int i = end + 1;
        boolean letter = false;
        boolean digit = false;
        while (i < text.length() && (Characters.isLetterOrNumber(text.charAt(i)) || "+/=_-.".indexOf(text.charAt(i)) >= 0)) {
            letter |= Character.isLetter(text.charAt(i));
            digit |= Character.isDigit(text.charAt(i));
            i++;
        }
        return i - end - 1 >= SHORTEST_TOKEN && letter && digit;
    }

    /** A marked word that is no such common word, spaced from this one: the two are one person's name. */
    private static boolean besideName(Tokens tokens, boolean[] names, boolean[] common, int t) {
        return t > 0 && names[t - 1] && !common[t - 1] && tokens.spaced(t - 1, t)
                || t + 1 < tokens.size() && names[t + 1] && !common[t + 1] && tokens.spaced(t, t + 1);
    }
}
