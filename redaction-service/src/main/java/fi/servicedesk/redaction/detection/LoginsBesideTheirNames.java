package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login written beside the name it is made of is that person's account (R8.2), whatever tool or sentence put them
 * together: in parentheses after the name ("Tiina Rantala (trantala)", "Katvamäki, Ilona-Sisko (ilokat51)"), before
 * the name in parentheses, as logs of who listened to or downloaded a recording print it ("toivoensio.jakalajarvi
 * (Toivo-Ensio Jäkäläjärvi) kuunteli"), as a code host's activity does after the name ("Verena Huber @verhub changed
 * milestone"), in the next cell of a table's row ("| hhuurrelampi | Hannes-Mikael Huurrelampi |"), after the name in
 * a column the name overflowed ("Peetu-Valdemar Hirsivaara hirsipe   +358 …") or after a verb that says under which
 * account the person acts ("Your partner Serafia-Fanni Muikkulahti books as sermui10", "bokar som ilupel12"). Organisations build logins from the
 * person's name parts: initials and surname ("trantala"), given names and surname ("marttatellervo.rautaniemi"), the
 * starts of the surname and the given name ("katvaoi", "ramasav7"), initials and digits ("ks5159"), the surname's
 * parts too ("okravchukoli" of Oksana-Iryna Kravchuk-Oliinyk); so a login is taken when its letters are the starts
 * of the name's parts in the order the name is written, or with the surname first, a part skipped at will. A login of
 * initials alone must have digits ("Ilkka Tanskanen (it)" says what he works on) and stand beside a name of no
 * English words ("Windows Server (ws2019)"); an opaque id in parentheses after a
 * name is its account too ("Bakyt Toktogulov (u716376)"), and so is a login after the name and a comma inside the same
 * parentheses, as a desk signs a note ("Tietoturva (Lennu Kevätsalo, lkevatsalo):"), and a login that opens the
 * contact details in the name's parentheses, a phone number after it ("Huoltomies Aarne-Ilmari Kivistö (akivisto, 040
 * 123 4567, …)") or, if the login is marked as one, any details ("kuljettaja Onni Vesikkooja (onnvesi.drv, päätelaite …)"), and a login after the person's member or customer number in them ("Aino Virta (4410 2387, avirta)").
 * A firm's name in parentheses
 * ("Bernt Edbergs frakt (Edberg Frakt Ab)") names no owner of the word before it. Where only spaces part the login from the name, a word a
 * dictionary holds is none ("Mark Smith marks the ticket"); nor is a service's account.
 */
final class LoginsBesideTheirNames {

    /** A capitalised word of a name, its hyphened halves and apostrophes with it: "Aung-Myint", "O'Brien". */
    static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
    /**
     * Two to four words of a name, a surname's particle in lower case maybe before a word ("Núria Montserrat Serra i
     * Vilaseca", "Turið Elin Mikkelsen á Ryggi"): two given names and a double surname are four words.
     */
    static final String WRITTEN_NAMES = NAME_WORD + "(?: (?:\\p{Ll}{1,3} )?" + NAME_WORD + "){1,3}";
    /** "Given Surname", "Given Middle Surname" and longer, or a directory's "Surname, Given". */
    private static final String NAMES = "(" + WRITTEN_NAMES + "|" + NAME_WORD + ", " + NAME_WORD
            + "(?: " + NAME_WORD + ")?)";
    /**
     * The name after a login, two or three words: a table's short word before a cell of a longer name ("8 pers |
     * Pereira da Silva João Pedro") would be made of some of its many words.
     */
    private static final String NAMES_AFTER = "(" + NAME_WORD + "(?: " + NAME_WORD + "){1,2}|" + NAME_WORD + ", "
            + NAME_WORD + "(?: " + NAME_WORD + ")?)";
    /** A login in lower case, or in capitals with a separator, as a driver's tagged login is written ("KULJ-RAUTU"). */
    private static final String LOGIN = "([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)+)";
    private static final String LOGIN_ENDS = "(?![\\p{L}\\p{N}@\\\\/]|[._-][\\p{L}\\p{N}])";
    /**
     * A verb of one to three words and the word that says under which name its subject acts, between the name and its
     * login: "Serafia Muikkulahti books as sermui10", "signs in as", "Din sambo Ilunga Pellavaoja bokar som ilupel12",
     * "loggar in som", "kirjautuu nimellä".
     */
    private static final String ACTS_AS = "[ \\t]+(?:\\p{Ll}+[ \\t]+){1,3}(?:as|som|nimellä)[ \\t]+";
    /** A member's or customer's number before the login in the name's parentheses: "(4410 2387, avirta)" */
    private static final String NUMBER_BEFORE_THE_LOGIN = "(?=[^,)\\n]*[0-9])[^(),\\n]{1,24},[ \\t]*";
    /**
     * The name, then the login in parentheses, after a number and a comma in them, after "@", in the next cell, after
     * a verb's "as" or after spaces, or after a comma inside the name's own parentheses.
     */
    private static final Pattern NAMES_THEN_LOGIN = Pattern.compile(
            NAMES + "([ \\t]*\\|[ \\t]*|[ \\t]+\\(" + NUMBER_BEFORE_THE_LOGIN + "|[ \\t]+\\(|[ \\t]+@|,[ \\t]*|" + ACTS_AS + "|[ \\t]+)"
            + LOGIN + LOGIN_ENDS);
    /** The login, then the name in parentheses or in the next cell. */
    private static final Pattern LOGIN_THEN_NAMES = Pattern.compile(
            "(?<![\\p{L}\\p{N}._@/\\\\-])" + LOGIN + "([ \\t]*\\|[ \\t]*| \\()" + NAMES_AFTER);
    private static final Scan.Opening NAMES_OPENING = Scan.Opening.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            (t, i) -> Characters.notAfterLetter(t, i, "") && mayOpenNames(t, i));
    private static final Scan.Opening LOGIN_OPENING = Scan.Opening.of("abcdefghijklmnopqrstuvwxyz",
            LoginsBesideTheirNames::loginBeforeParenthesisOrCell);

    /** Between the words of {@link #NAMES}: compiled once, where {@code String.split} compiles such a pattern each call. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[ ,]+");
    private static final Pattern LOGIN_SEPARATORS = Pattern.compile("[._-]");
    /** The fewest letters of a login's part read as a surname in its base form. */
    private static final int SHORTEST_BASE = 5;
    /** How many of a base form's last letters an ending and consonant gradation change ("lampi" → "lammella"). */
    private static final int STEM_LETTERS_CHANGED = 3;
    /**
     * The fewest letters the inflected word and the login's part share: a role's word in parentheses shares a letter
     * or two with any name ("Mooses-Oula Kärppälahti (kaaso)", "Raluca Ioana Constantinescu-Stoica (coach)").
     */
    private static final int SHARED_STEM = 4;
    /** How many initials a name of two or three words gives a login. */
    private static final int MOST_INITIALS = 3;

    private LoginsBesideTheirNames() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        var text = message.value();
        var namesFirst = new Scan(NAMES_THEN_LOGIN, message);
        for (int from = 0; namesFirst.find(from, NAMES_OPENING); ) {
            var m = namesFirst.match();
            var separator = m.group(2);
            boolean sharesParentheses = separator.startsWith(",");
            boolean inParentheses = separator.contains("(") || sharesParentheses;
            boolean closed = !inParentheses || m.end() < text.length() && text.charAt(m.end()) == ')'
                    && (!sharesParentheses || m.start() > 0 && text.charAt(m.start() - 1) == '(')
                    || !sharesParentheses && (opensContactDetails(text, m.end()) || opensDetails(text, m.group(3), m.end()));
            boolean apart = separator.isBlank() || actsAs(separator);
            // a word in capitals outside parentheses is a name's or a heading's ("ÜLLE-TRIIN REBANE-SAAR")
            boolean inCapitals = Character.isUpperCase(text.charAt(m.start(3)));
            if (closed && (!inCapitals || inParentheses) && isLoginOf(m.group(1), text, m.start(3), m.end(3), inParentheses, apart, lexicon)
                    && (!initialsOnly(text, m.start(3), m.end(3)) || namesAreNames(text, m.start(1), m.end(1), lexicon))) {
                add(text, m.start(3), m.end(3), findings);
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        if (!message.has('(') && !message.has('|')) {
            return;
        }
        var loginFirst = new Scan(LOGIN_THEN_NAMES, message);
        for (int from = 0; loginFirst.find(from, LOGIN_OPENING); from = loginFirst.match().end(1)) {
            var m = loginFirst.match();
            boolean inParentheses = m.group(2).endsWith("(");
            boolean closed = !inParentheses || m.end() < text.length() && text.charAt(m.end()) == ')';
            if (closed && !FirmsByLegalForm.endsWithForm(text, m.end(3))
                    && isLoginOf(m.group(3), text, m.start(1), m.end(1), false, false, lexicon)
                    && (!initialsOnly(text, m.start(1), m.end(1)) || namesAreNames(text, m.start(3), m.end(3), lexicon))) {
                add(text, m.start(1), m.end(1), findings);
            }
        }
    }

    /**
     * Whether a capitalised word at {@code index} is followed by " " or ", " and a capital, as {@link #NAMES} needs: most
     * capitalised words open a sentence and are not, and the pattern's attempt costs more than this look. The word's
     * end is read over a wider set of characters than {@link #NAME_WORD}'s (a hyphen anywhere, half a surrogate
     * pair), which ends where the pattern's word must end, so no match is lost.
     */
    private static boolean mayOpenNames(String text, int index) {
        if (!mayBeCapital(text.charAt(index))) {
            return false;
        }
        int end = index + 1;
        while (end < text.length() && isInNameWord(text.charAt(end))) {
            end++;
        }
        if (end + 1 < text.length() && text.charAt(end) == ',') {
            end++;
        }
        return end + 1 < text.length() && text.charAt(end) == ' ' && mayBeCapital(text.charAt(end + 1));
    }

    /**
     * Whether the separator is a verb and its "as" ({@link #ACTS_AS}): the word after it is a login only as much as
     * one after spaces alone, as "Anna Virtanen works as anna" is no login.
     */
    private static boolean actsAs(String separator) {
        var words = separator.strip();
        return !words.isEmpty() && Character.isLetter(words.charAt(words.length() - 1));
    }

    /** ", 040 …", ", +47 …": a phone number follows the login inside the parentheses. */
    private static boolean opensContactDetails(String text, int loginEnd) {
        int next = loginEnd + 2;
        return next < text.length() && text.charAt(loginEnd) == ',' && text.charAt(loginEnd + 1) == ' '
                && (text.charAt(next) == '+' || Scan.isDigit(text.charAt(next)));
    }

    /**
     * ", päätelaite 358…)": more details follow a login marked as one (a digit, a dot, an underscore or a hyphen in it)
     * inside the name's parentheses, closed on the same line; a word of the name's alone might be a nickname there.
     */
    private static boolean opensDetails(String text, String login, int loginEnd) {
        if (Characters.allLetters(login) || !text.startsWith(", ", loginEnd)) {
            return false;
        }
        for (int i = loginEnd + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return true;
            }
            if (c == '(' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean isInNameWord(char c) {
        return Characters.isLetter(c) || c == '\'' || c == '’' || c == '-' || Character.isSurrogate(c);
    }

    /** {@code \p{Lu}}, or half of a pair that may spell one. */
    private static boolean mayBeCapital(char c) {
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** A lower-case word right before " (" or a cell's "|": the only places a login before its name stands. */
    private static boolean loginBeforeParenthesisOrCell(String text, int index) {
        if (!Characters.notAfterLetter(text, index, "")) {
            return false;
        }
        int end = index;
        while (end < text.length() && (Characters.isLetterOrNumber(text.charAt(end)) || "._-".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == '|');
    }

    private static boolean isLoginOf(String names, String text, int start, int end, boolean inParentheses, boolean apart,
                                     NameLexicon lexicon) {
        var login = text.substring(start, end);
        if (ServiceAccounts.contains(login)) {
            return false;
        }
        if (inParentheses && UsernameDetector.OPAQUE_ID.matcher(login).matches()) {
            return true;
        }
        boolean marked = !Characters.allLetters(login);
        if (apart && !marked && isWord(text, start, end, lexicon)) {
            // "Mark Smith marks the ticket"
            return false;
        }
        var words = NAME_SEPARATORS.split(names);
        return TaggedLogins.madeOf(words, login) || inParentheses && madeOfInflectedName(words, login);
    }

    /**
     * Whether the login is made of the name with its last word inflected, as Finnish inflects only a name's last word
     * ("kollegallani Juha-Pekka Mustalammella (juhapekka.mustalampi)"): a part of the login that the last word
     * opens with but for the stem's last letters, which the ending and consonant gradation change ("lampi" →
     * "lammella", "Virtanen" → "Virtaselle"), stands for the word in its base form, also after the initials of the
     * given names ("Anna-Liisa Koskelalla (akoskela)").
     */
    static boolean madeOfInflectedName(String[] words, String login) {
        var last = AddressLocalParts.foldedLetters(words[words.length - 1]);
        for (var part : LOGIN_SEPARATORS.split(login)) {
            for (int initials = 0; initials <= MOST_INITIALS && initials < part.length(); initials++) {
                var base = part.substring(initials);
                int shared = sharedStart(base, last);
                if (base.length() >= SHORTEST_BASE && shared < last.length() && shared < base.length()
                        && shared >= base.length() - STEM_LETTERS_CHANGED && shared >= SHARED_STEM
                        && Characters.allLetters(base)) {
                    var inBaseForm = words.clone();
                    inBaseForm[words.length - 1] = base;
                    return LoginParts.madeOf(inBaseForm, login);
                }
            }
        }
        return false;
    }

    private static int sharedStart(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean isWord(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return w.is(NameLexicon.Word.COMMON) || w.is(NameLexicon.Word.ENGLISH_WORD) || EnglishWords.contains(text, start, end)
                || EnglishNouns.contains(text, start, end) || FunctionWordsInLowerCase.isFunctionWord(text, start, end)
                || SwedishWords.isSwedishWord(text, start, end);
    }

    /** A login of a name's initials and digits ("ks5159"), which an abbreviation beside any words may look like. */
    private static boolean initialsOnly(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            letters += Characters.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters <= MOST_INITIALS;
    }

    /**
     * No word of the name is an English word that no list holds as a name, unless another word is a name: "Windows
     * Server", "Access Review" are none, where "Rope Koivunen (rk4672)" is a surname beside a given name that is also
     * an English word. Finnish words are not asked: most Finnish surnames are compounds of them ("Kärkijärvi",
     * "Viitakoski").
     */
    private static boolean namesAreNames(String text, int start, int end, NameLexicon lexicon) {
        boolean englishWord = false;
        boolean name = false;
        int wordStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ' ' || text.charAt(i) == ',') {
                if (i > wordStart) {
                    var w = lexicon.lookup(text, wordStart, i);
                    name |= w.isName();
                    englishWord |= !w.isName() && EnglishWords.contains(text, wordStart, i);
                }
                wordStart = i + 1;
            }
        }
        return name || !englishWord;
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
    }
}
