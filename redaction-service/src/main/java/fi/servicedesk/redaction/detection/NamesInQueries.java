package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name in a link's query, glued to its key's "=" and so no word to the other rules (R3.2, R8.2): the value of a key
 * that names a person's name ("?name=Saif bin Saeed", "&last=N'Dour", "?etunimi=Aino&sukunimi=Laine", "CallerName="),
 * and the first word of any key's value where the word after it, past a "+" or a space, is found a name
 * ("?q=Jouni-Petteri+Teittinen"). The message is read decoded ({@link DecodedMessage}), so "N%27Dour" is "N'Dour".
 *
 * <p>A log line's field glues its value to its key the same way ("guest=Virtanen-Koski, Aino by=admin"): there a
 * capitalised value right before a comma and a word found a name is a surname written first, as in
 * {@link SurnamesFirstInFields}, known or not.
 */
final class NamesInQueries {

    /** Keys whose value is a person's name or part of it, in lower case and without underscores. */
    private static final Set<String> NAME_KEYS = Set.of("name", "first", "last", "firstname", "lastname", "fname",
            "lname", "given", "givenname", "surname", "sn", "fullname", "displayname", "callername", "contactname",
            "nimi", "etunimi", "sukunimi", "namn", "förnamn", "efternamn");

    private NamesInQueries() {
    }

    static void find(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, NameLexicon lexicon,
                     List<Finding> findings) {
        for (int eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
            var key = NumbersInPhoneFields.keyBefore(text, eq);
            int keyStart = eq - key.length();
            int end = nameEnd(text, eq + 1);
            if (key.isEmpty() || end == eq + 1 || !Character.isUpperCase(text.charAt(eq + 1))) {
                continue;
            }
            boolean inQuery = keyStart > 0 && "?&".indexOf(text.charAt(keyStart - 1)) >= 0;
            boolean inLogField = keyStart > 0 && " \t".indexOf(text.charAt(keyStart - 1)) >= 0;
            if (!inQuery && !inLogField) {
                continue;
            }
            var w = lexicon.lookup(text, eq + 1, end);
            var lower = text.substring(eq + 1, end).toLowerCase(Locale.ROOT);
            boolean named = inQuery && (NAME_KEYS.contains(key.replace("_", ""))
                    || nameFollows(text, tokens, names, end)
                    && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || !w.isKnown()) && !NameLexicon.isThingOrWord(lower))
                    || inLogField && givenNameFollows(text, tokens, names, end) && isSurnameWord(w, lower) && !NameLexicon.isThingOrWord(lower);
            if (named) {
                findings.add(new Finding(EntityType.NAME, eq + 1, end, w.isName() && w.base() != null ? w.base() : lower));
            }
        }
    }

    /** Where the name at {@code start} ends: its letters, a hyphen or an apostrophe between them ("N'Dour", "Jouni-Petteri"). */
    private static int nameEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Characters.isLetter(text.charAt(end)) || end > start && "-'’".indexOf(text.charAt(end)) >= 0
                && end + 1 < text.length() && Characters.isLetter(text.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    /** ", " at {@code end}, and right after it a word found a name: the given name after a surname written first. */
    private static boolean givenNameFollows(String text, Tokens tokens, boolean[] names, int end) {
        return text.startsWith(", ", end) && nameFollows(text, tokens, names, end + 1);
    }

    /**
     * A name, a word nobody knows or a noun (Finnish surnames are), no English word; no place unless a hyphen joins it to
     * another part, as a double surname joins two ("Lindqvist-Oravainen").
     */
    private static boolean isSurnameWord(NameLexicon.Word w, String lower) {
        return !w.is(NameLexicon.Word.ENGLISH_WORD) && (w.isName() || !w.isKnown() || lower.indexOf('-') > 0
                || w.is(NameLexicon.Word.NOUN) && !w.is(NameLexicon.Word.PLACE));
    }

    /** A "+" or a space at {@code end}, and right after it a word found a name: the value's next part. */
    private static boolean nameFollows(String text, Tokens tokens, boolean[] names, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '+' && text.charAt(end) != ' ') {
            return false;
        }
        for (int t = 0; t < tokens.size() && tokens.start(t) <= end + 1; t++) {
            if (tokens.start(t) == end + 1) {
                return names[t];
            }
        }
        return false;
    }
}
