package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Where the layout of a message names a person, whatever the word is: the line after a closing
 * ("Best,\nFaith", "Terveisin\nT. Kask"), a surname after an initial ("J-P Peltola", "to T. Gray"),
 * the word between a chat log's time stamp and a colon ("[10:42] dale:"), a chat export's header line
 * ("[9:14 AM] Lindgren, Saga"), a name after a dash that ends a short message ("– Sampo"), the name
 * columns of a table written as text ("sukunimi;etunimi;puhelin").
 */
final class NameLayout {

    /** Words that close a message before the sender's name on the next line. */
    private static final Set<String> CLOSINGS = Set.of(
            "terveisin", "terkuin", "terkut", "kiitos", "kiittäen", "etukäteen", "t", "mvh", "hälsningar", "hälsning", "regards",
            "best", "cheers", "thanks", "sincerely", "signed", "wishes", "yours", "br", "phone", "iphone", "mobile", "grüße",
            "grüßen", "gruß");
    /** {@link #CLOSINGS} as asked of a word, without a lower-cased copy of it. */
    private static final WordSet CLOSING_SET = WordSet.of(CLOSINGS);
    /** How many words a closing line has at most ("Sent from my phone", "Kiitos jo etukäteen"). */
    private static final int CLOSING_WORDS = 4;
    /** Column titles over a person's name in a table written as text ("Sukunimi;Etunimi;Puhelin", "last_name,first_name"). */
    private static final Set<String> NAME_COLUMNS = Set.of("nimi", "etunimi", "sukunimi", "name", "first_name", "last_name",
            "firstname", "lastname", "surname", "given_name", "full_name", "first name", "last name", "full name");
    /** How many words a chat export's header names at most ("[9:14 AM] de la Cruz, Ana María" is four, and rare). */
    private static final int HEADER_WORDS = 3;
    /** How far back from a closing bracket a chat time stamp opens ("[10:42:07 AM]"). */
    private static final int LONGEST_TIME_STAMP = 14;
    /** The pair filter's bits of "nimi" and of "name" (also "Name"): a message without them has no name column. */
    /** The separators of a table written as text, in the order a title line is searched for them. */
    private static final char[] SEPARATORS = {';', '|', '\t', ','};
    private static final long[] NIMI = Text.pairBits("nimi");
    private static final long[] NAME = Text.pairBits("name");

    /** The words joining two people at an item's start, in lower case as written ("Aino ja Pekka", "Sven och Tyra"). */
    private static final Set<String> PAIR_JOINERS = Set.of("ja", "och", "and");

    private NameLayout() {
    }

    static void markSignaturesAndInitials(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Most words do not open a line: that test first.
            if (t > 0 && NameWords.startsLine(text, tokens, t) && isClosingLine(text, tokens, t - 1)) {
                signature(text, tokens, words, names, t);
            } else if (NameWords.isInitial(text, tokens, t) && (t == 0 || NameWords.startsLine(text, tokens, t) || tokens.isLowerCase(t - 1))) {
                int name = Initials.nameAfter(text, tokens, t);
                if (name > t && NameWords.canBeSurname(text, tokens, words[name], name)) {
                    names[name] = true;
                }
            }
        }
    }

    /**
     * A line of a list or a table that opens with a person ("- Into Rantanen (HR)", "Valo Nieminen |
     * 040 …", "* Rose Fox", "- Into H. (varasto)"): two capitalised words, or one and an initial, alone
     * before the item's end (the line's end, "(", "|", "," or ";"), one of them a name reading or
     * unknown and neither a product or word of the service desk ("Service Owner"), are a name even
     * where they are also words. Two people sharing an item's task are named too ({@link #markPairBeforeColon}).
     */
    static void markListItems(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            // Most words do not open a line: that test first.
            if (t + 1 >= tokens.size() || !opensItem(text, tokens, t)) {
                continue;
            }
            markPairBeforeColon(text, tokens, words, names, t);
            if (!tokens.spaced(t, t + 1)) {
                continue;
            }
            if (NameWords.isInitial(text, tokens, t + 1)) {
                if (itemEndsAt(text, tokens.end(t + 1) + 1) && NameWords.canBeSurname(text, tokens, words[t], t)) {
                    names[t] = true;
                }
            } else if (tokens.isCapitalised(t + 1) && itemEndsAt(text, tokens.end(t + 1))
                    && NameWords.canBeSurname(text, tokens, words[t], t) && NameWords.canBeSurname(text, tokens, words[t + 1], t + 1)
                    && (isNameOrUnknown(words[t]) || isNameOrUnknown(words[t + 1]))
                    && !isUnknownNoun(text, tokens, words[t], t) && !isUnknownNoun(text, tokens, words[t + 1], t + 1)) {
                names[t] = true;
                names[t + 1] = true;
            }
        }
    }

    /**
     * "• Jocasta & Tallulah: Jenkins upgrade", "- Aino ja Pekka: varmuuskopiot", "* Sven och Tyra: skrivarna": two
     * single words joined by "&", "ja", "och" or "and" before the colon that opens an item's task are the two people
     * who share it, where one is a given name or neither is a word anyone knows; a word of the language or the desk on
     * either side ("Sales & Marketing:", "Tuki ja ylläpito:") makes the item a topic. Swedish words are unknown to the
     * lexicon, so after "och" only a given name counts.
     */
    private static void markPairBeforeColon(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int second = pairOpeningItem(text, tokens, words, t);
        if (second > t) {
            names[t] = true;
            names[second] = true;
        }
    }

    /** The second word of the pair of people that word t opens an item with ({@link #markPairBeforeColon}), or -1. */
    static int pairOpeningItem(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int second = pairedWith(text, tokens, t);
        if (second < 0 || !text.startsWith(":", tokens.end(second)) || !tokens.isCapitalised(t) || !tokens.isCapitalised(second)
                || !opensItem(text, tokens, t)) {
            return -1;
        }
        var first = words[t];
        var other = words[second];
        boolean swedish = second == t + 2 && tokens.is(t + 1, "och");
        return NameWords.canBeSurname(text, tokens, first, t) && NameWords.canBeSurname(text, tokens, other, second)
                && isNameOrUnknown(first) && isNameOrUnknown(other)
                && (isGivenName(first) || isGivenName(other) || !swedish && !first.isKnown() && !other.isKnown()) ? second : -1;
    }

    /** The word after "&", "ja", "och" or "and" following word t, or -1. */
    private static int pairedWith(String text, Tokens tokens, int t) {
        if (t + 1 >= tokens.size()) {
            return -1;
        }
        if (tokens.start(t + 1) == tokens.end(t) + 3 && text.startsWith(" & ", tokens.end(t))) {
            return t + 1;
        }
        if (t + 2 < tokens.size() && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2)
                && PAIR_JOINERS.contains(text.substring(tokens.start(t + 1), tokens.end(t + 1)))) {
            return t + 2;
        }
        return -1;
    }

    private static boolean isGivenName(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** "Jenkins Pipeline": a word nobody knows that is a common English noun names a thing's part, not a person's. */
    private static boolean isUnknownNoun(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return !w.isKnown() && EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean isNameOrUnknown(NameLexicon.Word w) {
        return NameWords.isAnyName(w) || !w.isKnown();
    }

    /** Only spaces, tabs and a bullet ("-", "*", "•") stand between the word and a line break before it. */
    private static boolean opensItem(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '-' && c != '*' && c != '•') {
                return false;
            }
        }
        return false;
    }

    /**
     * An item ends at {@code from}, after spaces: the line's or the text's end, "(", "|", "," or ";", or a
     * dash set apart by spaces, as a roster parts a person from the day or role ("Triin Tamm – ke", "Aalto L. -
     * Tue"); a hyphen with no space before it joins a word ("Karhu-tiimi").
     */
    static boolean itemEndsAt(String text, int from) {
        int i = Characters.afterSpaces(text, from);
        return i == text.length() || "\n(|,;".indexOf(text.charAt(i)) >= 0
                || i > from && isDash(text.charAt(i)) && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
    }

    /** A hyphen, an en dash or an em dash, as a signature's or a list's dash is typed. */
    static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** "[10:42] dale: is it down?": the word between a chat log's time stamp and a colon is who wrote the line. */
    static void markChatSpeaker(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && words[t] != null && isChatSpeaker(text, tokens, t)) {
            // In lower case the handle is its writer's whatever word it also is ("[09:14] valo: …"), but not a product.
            names[t] = words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
                    | NameLexicon.Word.PAIRED_LAST) || tokens.isCapitalised(t) && !words[t].isKnown()
                    || tokens.isLowerCase(t) && !NameLexicon.isThingOrWord(text.substring(tokens.start(t), tokens.end(t)));
        }
    }

    /**
     * "[9:14 AM] Lindgren, Saga" or "[14.02] Heinonen Sampo" alone on its line: a chat export names who
     * wrote the lines below in one to {@value #HEADER_WORDS} words after the time stamp, surname first
     * or last, a particle allowed ("von Knorring, Ebba"); each a word that can be a name, and one of
     * them a name reading or the header two words long.
     */
    static void markChatHeaders(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Most words follow no closing bracket: that test first.
            if (!afterTimeStamp(text, tokens.start(t))) {
                continue;
            }
            int last = t;
            while (last + 1 < n && last - t + 1 < HEADER_WORDS && headerGap(text, tokens.end(last), tokens.start(last + 1))) {
                last++;
            }
            if (!Characters.endsLine(text, tokens.end(last))) {
                continue;
            }
            boolean people = true;
            boolean nameReading = last > t;
            for (int k = t; k <= last; k++) {
                boolean particle = SurnameParticles.isParticle(text, tokens, k);
                people &= particle || NameWords.canBeSurname(text, tokens, words[k], k);
                nameReading |= !particle && words[k] != null && NameWords.isAnyName(words[k]);
            }
            if (people && nameReading) {
                for (int k = t; k <= last; k++) {
                    names[k] |= !SurnameParticles.isParticle(text, tokens, k);
                }
            }
            t = last;
        }
    }

    /** Nearly every message has no time stamp in brackets: Text's pass knows whether it holds a closing bracket. */
    static boolean mayHoldChatHeaders(Text message) {
        return message.has(']');
    }

    /** Spaces before {@code start}, and before them a closing bracket after a digit within {@value #LONGEST_TIME_STAMP} characters. */
    private static boolean afterTimeStamp(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 1 || i == start - 1 || text.charAt(i) != ']') {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - LONGEST_TIME_STAMP && text.charAt(j) != '['; j--) {
            if (Character.isDigit(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** Spaces, or one comma and spaces, between two words of a header. */
    private static boolean headerGap(String text, int from, int to) {
        int commas = Characters.commasAmongSpaces(text, from, to);
        return commas >= 0 && commas <= 1 && from < to;
    }

    /**
     * "…raportti tulee huomenna.\n– Sampo", "call if stuck - Morven", "t. Kerttu": one or two words that
     * can be a name after a spaced dash or "t." end a message as its sender's name, one of them a name
     * reading or unknown.
     */
    static void markClosingName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int last = tokens.size() - 1;
        if (last < 1) {
            return;
        }
        // The shape bit before the character loop: most last words follow no capitalised one.
        int first = last > 1 && tokens.isCapitalised(last - 1) && tokens.spaced(last - 1, last) ? last - 1 : last;
        if (!signedAfter(text, tokens, first)) {
            if (first == last || !signedAfter(text, tokens, last)) {
                return;
            }
            first = last;
        }
        // Few messages are signed so: that test, of a few characters, before the scan to the message's end.
        if (!endsMessage(text, tokens.end(last))) {
            return;
        }
        boolean person = false;
        for (int k = first; k <= last; k++) {
            if (!NameWords.canBeSurname(text, tokens, words[k], k)) {
                return;
            }
            person |= isNameOrUnknown(words[k]);
        }
        for (int k = first; person && k <= last; k++) {
            names[k] = true;
        }
    }

    /** Only white space and a full stop or exclamation mark after {@code from}. */
    private static boolean endsMessage(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '!') {
                return false;
            }
        }
        return true;
    }

    /** A dash with white space before and after it, or "t." (terveisin), right before the word. */
    private static boolean signedAfter(String text, Tokens tokens, int t) {
        int i = tokens.start(t) - 1;
        if (i < 1 || text.charAt(i) != ' ') {
            return false;
        }
        char c = text.charAt(i - 1);
        if ((c == '-' || c == '–' || c == '—') && i >= 2 && Character.isWhitespace(text.charAt(i - 2))) {
            return true;
        }
        return t > 0 && c == '.' && tokens.end(t - 1) == i - 1 && tokens.is(t - 1, "t");
    }

    /**
     * A table written as text whose title line names its columns ("Sukunimi;Etunimi;Puhelin",
     * "last_name,first_name,phone", "Name | Ext"): in the rows below, up to a line without the
     * separator, the words of the name columns that can be a name are names, whatever else they are. Returns the
     * title lines' words ({@link TextTables#markColumns}).
     */
    static int[] markNameColumns(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        // The pair filter of mayHoldNameColumns lets a few messages without the words through: plain searches.
        if (text.indexOf("nimi") < 0 && text.indexOf("name") < 0 && text.indexOf("Name") < 0) {
            return TextTables.NO_LINES;
        }
        return TextTables.markColumns(text, tokens, words, names, NameLayout::nameTitles);
    }

    /**
     * Nearly every message has no table with a name column: Text's pass knows whether it has a line break,
     * and its pair filter whether it may hold "nimi" or "name", before any search of the text.
     */
    static boolean mayHoldNameColumns(Text message) {
        return message.has('\n') && (message.mayContain(NIMI) || message.mayContain(NAME));
    }

    /** "nimi", "name" or "Name" on the line: a title line names a column so, and most lines do not. */
    private static boolean mentionsName(String text, int from, int to) {
        for (var title : new String[] {"nimi", "name", "Name"}) {
            int at = text.indexOf(title, from);
            if (at >= 0 && at < to) {
                return true;
            }
        }
        return false;
    }

    /** A column or field title over a person's name ({@link #NAME_COLUMNS}), as the text writes it. */
    static boolean isNameColumn(String title) {
        return NAME_COLUMNS.contains(title.strip().toLowerCase(Locale.ROOT));
    }

    private static TextTables.Titles nameTitles(String text, int from, int to) {
        char separator = mentionsName(text, from, to) ? TextTables.separatorOf(text, from, to, SEPARATORS) : 0;
        boolean[] columns = separator == 0 ? null : nameColumns(text, from, to, separator);
        return columns == null ? null : new TextTables.Titles(separator, columns);
    }

    /** Which of the line's columns are titled with a name ({@link #NAME_COLUMNS}), or null when none is. */
    private static boolean[] nameColumns(String text, int from, int to, char separator) {
        var titles = text.substring(from, to).split(separator == '|' ? "\\|" : String.valueOf(separator), -1);
        var columns = new boolean[titles.length];
        boolean any = false;
        for (int c = 0; c < titles.length; c++) {
            columns[c] = isNameColumn(titles[c]);
            any |= columns[c];
        }
        return any ? columns : null;
    }

    private static boolean isChatSpeaker(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end >= text.length() || text.charAt(end) != ':') {
            return false;
        }
        int i = tokens.start(t) - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i) == ']' && Character.isDigit(text.charAt(i - 1));
    }

    /** The sender's line: an initial may come first, then one or two words that can be a name. */
    private static void signature(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int first = NameWords.isInitial(text, tokens, t) ? Initials.nameAfter(text, tokens, t) : t;
        if (isWordBeforeFullName(text, tokens, words, names, first)) {
            first++;
        }
        if (!NameWords.canBeSurname(text, tokens, words[first], first)) {
            return;
        }
        names[first] = true;
        int second = first + 1;
        // A second word is a name part if it reads as one, or no word follows it ("Abdi Warsame | 040…"; not "Rob Also …").
        if (second < tokens.size() && tokens.spaced(first, second) && NameWords.canBeSurname(text, tokens, words[second], second)
                && (words[second].isName() || words[second].is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                || !wordFollows(text, tokens.end(second)))) {
            names[second] = true;
        }
    }

    /**
     * "Käsitellyt Pekka Mesivaara (pekmes) 2027-12-24 · Zendesk": a word with no name reading before a name reading and
     * another word that can be a name is what a case system's footer says of the person (a verb, a role), not the name's
     * first part: the name is the two after it.
     */
    private static boolean isWordBeforeFullName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (words[t] == null || words[t].isName() || t + 2 >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.spaced(t + 1, t + 2)) {
            return false;
        }
        return (names[t + 1] || words[t + 1] != null && words[t + 1].isName()) && NameWords.canBeSurname(text, tokens, words[t + 1], t + 1)
                && (names[t + 2] || NameWords.canBeSurname(text, tokens, words[t + 2], t + 2));
    }

    /** A letter comes next on the line, after spaces only. */
    private static boolean wordFollows(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > from && i < text.length() && Character.isLetter(text.charAt(i));
    }

    /** The word ends a short line that closes the message ("Best,", "Ystävällisin terveisin", "Sent from my phone"). */
    /**
     * Whether the line {@code text[lineStart, lineEnd)} closes a message: a closing word last ("Kind regards,",
     * "Terveisin", "Vänliga hälsningar"), no more than {@value #CLOSING_WORDS} words, nothing but marks after it.
     */
    static boolean closesMessage(String text, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && !Characters.isLetter(text.charAt(end - 1))) {
            end--;
        }
        for (int i = end; i < lineEnd; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        int start = end;
        while (start > lineStart && Characters.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || !CLOSING_SET.contains(text, start, end)) {
            return false;
        }
        int words = 1;
        for (int i = lineStart; i < start; i++) {
            boolean opens = Characters.isLetter(text.charAt(i)) && (i == lineStart || !Characters.isLetter(text.charAt(i - 1)));
            if (opens && ++words > CLOSING_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line that ends with the word at {@code t} is a closing that leads to the writer's name on the next line: its
     * closing word ends it or a comma follows ("Kind regards,", "Terveisin"), not "Kiitos!".
     */
    static boolean leadsToName(String text, Tokens tokens, int t) {
        if (!isClosingLine(text, tokens, t)) {
            return false;
        }
        int i = tokens.end(t);
        if (text.charAt(i) == ',') {
            i++;
        }
        while (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
            i++;
        }
        return text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static boolean isClosingLine(String text, Tokens tokens, int t) {
        if (!CLOSING_SET.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        int words = 1;
        for (int before = t - 1; before >= 0 && !NameWords.startsLine(text, tokens, before + 1) && !tokens.beginsSentence(before + 1); before--) {
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
}
