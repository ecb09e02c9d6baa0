package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the message already names, typed again as chat types it (R3.2): in lower case, without its
 * marks ("Järvinen … jarvinen"), in another case form ("Moona-Linnea … moona-linnealle"), or with one
 * letter dropped, doubled, changed or two swapped ("Virtanen … Virtnen", "Aleksi … aleksii"); a name in
 * "-nen" is the same name in its "-s-" forms ("Mäkinen … mäkiselle"). Only a
 * word that is no ordinary Finnish or English word counts, so "kallio" stays a rock when "Kallio" is a
 * person, and a word one letter off must be at least {@value #SHORTEST_MISTYPED} letters long.
 */
final class RetypedNames {

    /** The fewest letters of a name whose one-letter-off spelling is still that name and not another word. */
    private static final int SHORTEST_MISTYPED = 5;
    /** The fewest letters of a name repeated in lower case: shorter ones ("eva", "ali") are too often other words. */
    private static final int SHORTEST_REPEATED = 4;
    /** The partitive's ending after a consonant ("Lindgrnta" of Lindgren). */
    private static final Set<String> PARTITIVES = Set.of("ta", "tä");
    /** The illative's endings: a vowel doubled and "n", "h" with a vowel and "n", "-seen" ("Virtnseen"). */
    private static final Pattern ILLATIVE = Pattern.compile("[aeiouyäö]n|iin|h[aeiouyäö]n|seen");
    private static final int NOT_A_PERSON = NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.PLACE;

    private RetypedNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        // The names are made at the first word that may retype one: no mark changes before it, and most messages have none.
        List<Name> found = null;
        for (int t = 0; t < tokens.size(); t++) {
            var w = words[t];
            if (!names[t] && w != null && !w.is(NOT_A_PERSON) && tokens.length(t) >= SHORTEST_REPEATED
                    && (tokens.isLowerCase(t) || tokens.isCapitalised(t) && !w.isKnown())) {
                if (found == null) {
                    found = namesFound(text, tokens, names);
                    if (found.isEmpty()) {
                        return;
                    }
                }
                // Not a street named after the person, before its house number ("Snellmans … Snellmansgatan 6"), which
                // the name's stem opens as a case form's would.
                names[t] = isRetyped(found, AddressLocalParts.fold(text.substring(tokens.start(t), tokens.end(t))), w.isKnown())
                        && !StreetAddresses.isCompoundStreet(text, tokens, t);
            }
        }
    }

    private static List<Name> namesFound(String text, Tokens tokens, boolean[] names) {
        var found = new ArrayList<Name>();
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.length(t) >= SHORTEST_REPEATED) {
                found.add(Name.of(AddressLocalParts.fold(text.substring(tokens.start(t), tokens.end(t)))));
            }
        }
        return found;
    }

    /** The word is one of the names, in any case form, or, unless Voikko knows it as something, one of them mistyped. */
    static boolean isRetyped(List<Name> names, String word, boolean known) {
        var bare = Name.of(NameWords.withoutClitic(word));
        var form = bare.word();
        for (var name : names) {
            var other = name.word();
            if (other.equals(form) || NameWords.sameNameInflected(form, bare.stem(), other, name.stem())
                    || name.inflectsTo(form) || bare.inflectsTo(other)) {
                return true;
            }
            if (!known && other.length() >= SHORTEST_MISTYPED && other.charAt(0) == form.charAt(0) && isMistypedForm(form, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name in lower case with what {@link #isRetyped} compares of it, made once for the name and not again for each
     * word of the message: its stem without a case ending, and, for a name in "-nen", the stem its endings follow.
     */
    record Name(String word, String stem, String nenStem) {

        static Name of(String word) {
            var nenStem = word.endsWith("nen") ? word.substring(0, word.length() - 3) + "s" : null;
            return new Name(word, NameWords.withoutCaseEnding(word), nenStem);
        }

        /** "jarviselle", "jarvista" of "jarvinen": a name in "-nen" takes its endings after "-s". */
        boolean inflectsTo(String form) {
            return nenStem != null && form.length() > word.length() - 2 && NameWords.isFormOf(form, nenStem);
        }
    }

    /** {@code form} is {@code name} one letter off, with or without a case ending after it ("virtnenille"). */
    private static boolean isMistypedForm(String form, String name) {
        for (int length = name.length() - 1; length <= name.length() + 1 && length <= form.length(); length++) {
            if (oneEditApart(form.substring(0, length), name) && isEndingOrNothing(form.substring(length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What may follow a mistyped name: nothing or a Finnish case ending, also after a linking "i" ("virtnenille",
     * "smitthiä", "virtnenin"), the partitive's "-ta" or the illative's ("virtnenseen", "smitthiin"). Not any letters: a
     * word of another language is one letter off a name's first letters as often ("Behandlande läkare" and "Bekhan").
     */
    private static boolean isEndingOrNothing(String rest) {
        var ending = rest.startsWith("i") ? rest.substring(1) : rest;
        return ending.isEmpty() || NameWords.isCaseEnding(ending, 0, ending.length()) || PARTITIVES.contains(ending)
                || ILLATIVE.matcher(rest).matches();
    }

    /** One letter dropped, added, changed, or two neighbours swapped: "virtnen", "virttanen", "virtenen", "vritanen". */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() != b.length()) {
            var longer = a.length() > b.length() ? a : b;
            var shorter = longer == a ? b : a;
            return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
        }
        if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) {
            return true;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
}
