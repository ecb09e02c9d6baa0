package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A directory's entry pasted into a ticket names its user (R3.2, R8.2): an LDAP distinguished name's common name
 * ("CN=Beridze\, Nino,OU=Users,DC=corp", "CN=Yonas Kidane,OU=Contractors,…"), the name attributes of PowerShell's
 * Get-ADUser, of LDIF and of Microsoft Graph's JSON ("GivenName : Nino", "sn: Beridze", "\"displayName\": \"Kidane,
 * Yonas\""), and the name a filter looks for ("-Filter \"Surname -eq 'Beridze'\""). The attribute, not the words,
 * says these are names, so they are found where the words are glued to "=" or "\," and are no words of the text's,
 * and where nothing else would take them for a name. A given name's or surname's attribute holds a name whatever the
 * word; a common name, display name or manager may be a group's or a mailbox's ("CN=Domain Users", "\"displayName\":
 * \"Finance Team\""), so there the value must be shaped like a person's: two to four capitalised words, none a
 * product or maker, one a name or else all words nobody knows that are no English nouns. The
 * attribute's own name is no one's ("DistinguishedName :" opens a line as a chat speaker would). A record exported as
 * JSON names its people by their role the same way ("fee_earner", "client"). A calendar
 * invitation's attendees are read by {@link CalendarProperties}.
 */
final class DirectoryEntries {

    /** Attributes whose value is a given name or a surname, in lower case. */
    private static final Set<String> NAME_PARTS = Set.of("givenname", "surname", "sn", "firstname", "lastname");
    /** Attributes whose value is a person's full name when it is shaped like one, in lower case. */
    private static final Set<String> FULL_NAMES = Set.of("cn", "displayname", "name", "manager", "fullname");
    /**
     * A record's JSON keys over the person in a role, in lower case (R3.2): a time entry's or a matter's fee earner,
     * client and handler, a ticket's assignee and requester ("\"fee_earner\": \"Hibaaq Mire\""). A value is a person's
     * full name when it is shaped like one, as under {@link #FULL_NAMES}; a JSON key only, never a line's opening word.
     */
    private static final Set<String> ROLES_IN_RECORDS = Set.of("fee_earner", "client", "handler", "assignee", "requester");
    /** The attributes above, and the others of a user's entry whose name opens a line of Get-ADUser's output. */
    private static final WordSet KEYS = WordSet.of(NAME_PARTS, FULL_NAMES, Set.of("distinguishedname", "samaccountname",
            "userprincipalname", "objectclass", "objectguid", "enabled", "mail", "title", "department"));
    /** The most words a person's full name has ("María José García López"). */
    private static final int MOST_WORDS = 4;
    /** How far a value reaches at most: an attribute's line, a JSON string. */
    private static final int LONGEST_VALUE = 80;

    private DirectoryEntries() {
    }

    /** Whether the message may hold an entry: an attribute's colon or a distinguished name's "=". */
    static boolean mayHoldEntries(Text message) {
        return message.has('=') || message.has(':');
    }

    /**
     * The spans of the names in the message's directory entries, as start and end offsets in turn; empty when
     * there are none.
     */
    static int[] names(String text, NameLexicon lexicon) {
        var spans = new Spans();
        // The attributes first: an entry's common name is a person's where its words are the entry's given name or
        // surname ("dn: cn=Juhán Hetta,…" beside "givenName: Juhán", "sn: Hetta"), whatever Voikko says of them.
        for (int colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
            attribute(text, lexicon, colon, spans);
        }
        for (int eq = text.indexOf('='); eq > 0; eq = text.indexOf('=', eq + 1)) {
            if (isCommonNameKey(text, eq)) {
                commonName(text, lexicon, eq + 1, spans);
            }
        }
        CalendarProperties.commonNames(text, spans);
        for (int eq = text.indexOf("-eq '"); eq > 0; eq = text.indexOf("-eq '", eq + 1)) {
            filtered(text, lexicon, eq, spans);
        }
        return spans.toArray();
    }

    /** Marks the words of the spans and takes the mark off the attributes' names; the spans no word covers are returned. */
    static int[] mark(String text, Tokens tokens, boolean[] names, int[] spans) {
        var glued = new Spans();
        int t = 0;
        for (int s = 0; s < spans.length; s += 2) {
            while (t < tokens.size() && tokens.end(t) <= spans[s]) {
                t++;
            }
            if (t < tokens.size() && tokens.start(t) == spans[s] && tokens.end(t) == spans[s + 1]) {
                names[t] = true;
            } else {
                glued.add(spans[s], spans[s + 1]);
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (names[k] && KEYS.contains(text, tokens.start(k), tokens.end(k)) && isKeyOfLine(text, tokens.end(k))) {
                names[k] = false;
            }
        }
        return glued.toArray();
    }

    /** The spans {@link #mark} returned as NAME findings, their values in lower case. */
    static void find(String text, NameLexicon lexicon, int[] glued, List<Finding> findings) {
        for (int s = 0; s < glued.length; s += 2) {
            var w = lexicon.lookup(text, glued[s], glued[s + 1]);
            var value = w.isName() && w.base() != null ? w.base() : text.substring(glued[s], glued[s + 1]).toLowerCase(Locale.ROOT);
            findings.add(new Finding(EntityType.NAME, glued[s], glued[s + 1], value));
        }
    }

    /** "CN=" opening a distinguished name's part: after a start, a comma, a space or a quotation mark. */
    private static boolean isCommonNameKey(String text, int eq) {
        return eq >= 2 && (text.charAt(eq - 1) == 'N' || text.charAt(eq - 1) == 'n')
                && (text.charAt(eq - 2) == 'C' || text.charAt(eq - 2) == 'c')
                && (eq == 2 || ",;\"' \t\n(".indexOf(text.charAt(eq - 3)) >= 0);
    }

    /** The common name from {@code from} to its unescaped comma, when the name goes on as a DN ("…,OU=", ",DC=", ",CN="). */
    private static void commonName(String text, NameLexicon lexicon, int from, Spans spans) {
        int end = from;
        while (end < text.length() && end - from <= LONGEST_VALUE && text.charAt(end) != ',' && text.charAt(end) != '\n') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end + 4 > text.length() || text.charAt(end) != ',' || text.charAt(end + 3) != '='
                || !Character.isLetter(text.charAt(end + 1)) || !Character.isLetter(text.charAt(end + 2))) {
            return;
        }
        personShaped(text, lexicon, from, Math.min(end, text.length()), spans, false);
    }

    /**
     * "GivenName : Nino" (PowerShell), "sn: Beridze" (LDIF), "\"displayName\": \"Kidane, Yonas\"" (JSON): the key
     * ends right before the colon, after spaces or a closing quotation mark; the value runs to the line's end or
     * the closing quotation mark.
     */
    private static void attribute(String text, NameLexicon lexicon, int colon, Spans spans) {
        int keyEnd = colon;
        while (keyEnd > 0 && text.charAt(keyEnd - 1) == ' ') {
            keyEnd--;
        }
        boolean quoted = keyEnd > 0 && text.charAt(keyEnd - 1) == '"';
        keyEnd -= quoted ? 1 : 0;
        int keyStart = keyEnd;
        // Letters, and an underscore between the words of a JSON key ("fee_earner").
        while (keyStart > 0 && (Character.isLetter(text.charAt(keyStart - 1)) || quoted && text.charAt(keyStart - 1) == '_')) {
            keyStart--;
        }
        if (keyStart == keyEnd || keyEnd - keyStart > "distinguishedname".length()) {
            return;
        }
        var key = text.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
        boolean part = NAME_PARTS.contains(key);
        if (!part && !FULL_NAMES.contains(key) && !(quoted && ROLES_IN_RECORDS.contains(key))) {
            return;
        }
        // A key stands alone: at a line's start (PowerShell, LDIF) or inside a JSON object's quotation marks.
        if (quoted ? keyStart == 0 || text.charAt(keyStart - 1) != '"' : !opensLine(text, keyStart)) {
            return;
        }
        int from = colon + 1;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        if (quoted && (from >= text.length() || text.charAt(from++) != '"')) {
            return;
        }
        int end = from;
        while (end < text.length() && end - from <= LONGEST_VALUE && text.charAt(end) != '\n' && (!quoted || text.charAt(end) != '"')) {
            end++;
        }
        if (part) {
            nameParts(text, lexicon, from, end, spans);
        } else {
            personShaped(text, lexicon, from, end, spans, ROLES_IN_RECORDS.contains(key));
        }
    }

    /** "-Filter \"Surname -eq 'Beridze'\"": the value a name attribute is compared with. */
    private static void filtered(String text, NameLexicon lexicon, int eq, Spans spans) {
        int keyEnd = eq;
        while (keyEnd > 0 && text.charAt(keyEnd - 1) == ' ') {
            keyEnd--;
        }
        int keyStart = keyEnd;
        while (keyStart > 0 && Character.isLetter(text.charAt(keyStart - 1))) {
            keyStart--;
        }
        var key = text.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
        int from = eq + "-eq '".length();
        int end = text.indexOf('\'', from);
        if (end < 0 || end - from > LONGEST_VALUE) {
            return;
        }
        if (NAME_PARTS.contains(key)) {
            nameParts(text, lexicon, from, end, spans);
        } else if (FULL_NAMES.contains(key)) {
            personShaped(text, lexicon, from, end, spans, false);
        }
    }

    /** A given name's or surname's value: each capitalised word that is no product or maker. */
    private static void nameParts(String text, NameLexicon lexicon, int from, int end, Spans spans) {
        int[] words = capitalisedWords(text, from, end);
        if (words == null) {
            return;
        }
        for (int k = 0; k < words.length; k += 2) {
            if (!NameLexicon.isMaker(text, words[k], words[k + 1])) {
                spans.add(words[k], words[k + 1]);
            }
        }
    }

    /**
     * A value shaped like a person's full name ("Beridze\, Nino", "Yonas Kidane"; not "Domain Users", "Print
     * Operators", "Builtin"): two words or more, none a product or maker; one of them a name by Voikko or the lists,
     * or else every one a word nobody knows that is no English noun (a group's name is mostly a plural noun). Under a
     * key naming a person's role, a name the US lists hold that is also a word counts too ("Hibaaq Mire"): the key
     * says a person, where a display name may be a group's.
     */
    private static void personShaped(String text, NameLexicon lexicon, int from, int end, Spans spans, boolean role) {
        int[] words = capitalisedWords(text, from, end);
        if (words == null || words.length < 4) {
            return;
        }
        boolean name = false;
        boolean unknown = true;
        for (int k = 0; k < words.length; k += 2) {
            var w = lexicon.lookup(text, words[k], words[k + 1]);
            if (!w.isName() && NameLexicon.isThingOrWord(text, words[k], words[k + 1]) || NameLexicon.isMaker(text, words[k], words[k + 1])) {
                return;
            }
            name |= w.isName() || spans.holdsWord(text, words[k], words[k + 1])
                    || role && w.is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST);
            unknown &= !w.isKnown() && !EnglishNouns.contains(text, words[k], words[k + 1]);
        }
        if (name || unknown) {
            for (int k = 0; k < words.length; k += 2) {
                spans.add(words[k], words[k + 1]);
            }
        }
    }

    /**
     * The words of {@code text[from, end)}, start and end in turn, when it is nothing but one to {@link #MOST_WORDS}
     * capitalised words (a hyphen inside one, a particle in lower case before one: "dela Cruz") parted by spaces or
     * one comma ("Beridze, Nino", escaped "Beridze\, Nino"); otherwise null.
     */
    private static int[] capitalisedWords(String text, int from, int end) {
        var words = new int[2 * MOST_WORDS];
        int count = 0;
        int commas = 0;
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == ',' || c == '\\' && i + 1 < end && text.charAt(i + 1) == ',') {
                if (++commas > 1 || count == 0) {
                    return null;
                }
                i += c == ',' ? 1 : 2;
                continue;
            }
            int start = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' && i > start)) {
                i++;
            }
            if (i == start || count == 2 * MOST_WORDS || i < end && " ,\\".indexOf(text.charAt(i)) < 0) {
                return null;
            }
            if (Character.isUpperCase(text.charAt(start)) && i - start > 1 && Character.isLowerCase(text.charAt(start + 1))
                    || joinedParticle(text, start, i)) {
                words[count++] = start;
                words[count++] = i;
            } else if (!Character.isLowerCase(text.charAt(start)) || i - start > 4) {
                // Only a short particle may be in lower case ("dela Cruz", "van der Berg"); a capital run is an acronym.
                return null;
            }
        }
        return count == 0 ? null : Arrays.copyOf(words, count);
    }

    /** "al-Tamimi", "el-Sayed", "ibn-Saud": a particle in lower case joined by a hyphen to a capitalised word. */
    static boolean joinedParticle(String text, int start, int end) {
        int hyphen = text.indexOf('-', start);
        return hyphen > start && hyphen - start <= 3 && hyphen + 2 < end
                && Character.isUpperCase(text.charAt(hyphen + 1)) && Character.isLowerCase(text.charAt(hyphen + 2));
    }

    /** Only spaces or tabs between the line's start and {@code at}. */
    private static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Spaces and then a colon after the word: an attribute's name opening its line. */
    private static boolean isKeyOfLine(String text, int end) {
        int i = Characters.afterSpaces(text, end);
        return i < text.length() && text.charAt(i) == ':' && i > end;
    }

    /** Start and end offsets in turn, in order. */
    static final class Spans {
        private int[] values = new int[8];
        private int size;

        void add(int start, int end) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = start;
            values[size++] = end;
        }

        /** A span holds the same characters as {@code text[start, end)}. */
        boolean holdsWord(String text, int start, int end) {
            for (int k = 0; k < size; k += 2) {
                if (values[k + 1] - values[k] == end - start && text.regionMatches(values[k], text, start, end - start)) {
                    return true;
                }
            }
            return false;
        }

        /** The spans by their starts (the kinds of entry are searched one after the other). */
        int[] toArray() {
            var sorted = Arrays.copyOf(values, size);
            for (int i = 2; i < size; i += 2) {
                for (int j = i; j > 0 && sorted[j - 2] > sorted[j]; j -= 2) {
                    int start = sorted[j - 2];
                    int end = sorted[j - 1];
                    sorted[j - 2] = sorted[j];
                    sorted[j - 1] = sorted[j + 1];
                    sorted[j] = start;
                    sorted[j + 1] = end;
                }
            }
            return sorted;
        }
    }
}
