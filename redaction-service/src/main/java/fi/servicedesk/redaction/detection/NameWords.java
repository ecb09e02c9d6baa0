package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What the rules for people's names ask of one word, whichever rule asks: whether it can name a person at all. */
final class NameWords {

    /** Finnish local case endings but the illative's ({@link #illativeEndingLength}): "salissa", "koululta", "Renille". */
    static final List<String> LOCAL_CASE_ENDINGS = List.of("lle", "lta", "ltä", "lla", "llä", "sta", "stä", "ssa", "ssä");
    /** The translative's ending: "Virtaseksi", "Reniksi". */
    static final String TRANSLATIVE_ENDING = "ksi";
    /** The Finnish case endings a name takes, the longer before the shorter they end with. */
    private static final List<String> CASE_ENDINGS = Stream.concat(LOCAL_CASE_ENDINGS.stream(),
            Stream.of(TRANSLATIVE_ENDING, "na", "nä", "a", "ä", "n")).toList();
    /** The most letters a Finnish case ending and a clitic add to a name: "-llekaan". */
    private static final int LONGEST_ENDING = 7;
    /** The fewest letters a name's stem has. */
    static final int SHORTEST_STEM = 3;
    /** Finnish clitics, which follow every ending: "Magdallekin", "Samirkin", "Xinillähän". */
    private static final String[] CLITICS = {"kaan", "kään", "kin", "han", "hän", "pa", "pä", "ko", "kö"};

    private NameWords() {
    }

    /**
     * The word without a Finnish case ending and the linking "i" a name ending in a consonant takes
     * before one: "Siimille", "Siimiä" and "Siim" → "Siim"; "Hodanin" → "Hodan"; "Lucían" → "Lucía".
     * A vowel-final nominative loses its vowel ("Lucía" → "Lucí"), so two forms are one name when
     * either is the other's stem or their stems agree ({@link #sameNameInflected}).
     */
    static String withoutCaseEnding(String word) {
        var stem = word.substring(0, word.length() - caseEndingLength(word, 0, word.length()));
        int last = stem.length() - 1;
        if (last >= SHORTEST_STEM && stem.charAt(last) == 'i' && !isVowel(stem.charAt(last - 1))) {
            stem = stem.substring(0, last);
        }
        return stem;
    }

    /** How many letters of {@code text[start, end)} are a Finnish case ending; none where the stem would be too short. */
    static int caseEndingLength(String text, int start, int end) {
        for (var ending : CASE_ENDINGS) {
            if (end - start - ending.length() >= SHORTEST_STEM && text.startsWith(ending, end - ending.length())) {
                return ending.length();
            }
        }
        return 0;
    }

    /** Whether {@code text[start, end)} is nothing but a Finnish case ending, in lower case ("n" and "lle" of "Dubois'n", "Moreau'lle"). */
    static boolean isCaseEnding(String text, int start, int end) {
        for (var ending : CASE_ENDINGS) {
            if (end - start == ending.length() && text.startsWith(ending, start)) {
                return true;
            }
        }
        return false;
    }

    /** "Sjöstedts", "Karin-Stinas": the name's base form and the genitive's "s", which owns the word after it. */
    static boolean isGenitiveS(String text, Tokens tokens, NameLexicon.Word w, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return w != null && w.base() != null && text.charAt(end - 1) == 's' && w.base().length() == end - start - 1
                && text.regionMatches(true, start, w.base(), 0, w.base().length());
    }

    /**
     * Whether the name {@code text[start, end)}, of the base form {@code base}, is in the essive: it ends in "-na" or
     * "-nä" and is not its base form ("Edlana", "Ahtiaisena", "Markuksena"; not "Anna", "Riina").
     */
    static boolean isEssive(String text, int start, int end, String base) {
        boolean ending = end - start > 2 && text.charAt(end - 2) == 'n' && (text.charAt(end - 1) == 'a' || text.charAt(end - 1) == 'ä');
        return ending && !isWrittenAs(text, start, end, base);
    }

    /** {@code text[start, end)} is {@code base}, case aside: a word as its base form is written ("Maureen"; not "Lyoniin"). */
    static boolean isWrittenAs(String text, int start, int end, String base) {
        return base != null && base.length() == end - start && text.regionMatches(true, start, base, 0, base.length());
    }

    /**
     * How many letters of {@code text[start, end)}, in lower case, are an illative's ending after a vowel: "-seen" or
     * "-siin" ("vapaaseen"), the vowel lengthened and "n" ("jiraan", "turkuun", "pariisiin") or "h", the vowel again
     * and "n" ("maahan", "työhön"); 0 if none. (After a consonant the illative is "-iin": "lyoniin".)
     */
    static int illativeEndingLength(String text, int start, int end) {
        if (end - start < 4 || text.charAt(end - 1) != 'n') {
            return 0;
        }
        if (end - start > 4 && (text.startsWith("seen", end - 4) || text.startsWith("siin", end - 4)) && isVowel(text.charAt(end - 5))) {
            return 4;
        }
        char vowel = text.charAt(end - 2);
        if (!isVowel(vowel)) {
            return 0;
        }
        if (text.charAt(end - 3) == vowel) {
            return 2;
        }
        return text.charAt(end - 3) == 'h' && text.charAt(end - 4) == vowel ? 3 : 0;
    }

    /**
     * The word without a Finnish clitic after its ending ("magdallekin" → "magdalle", "samirkin" → "samir"),
     * or the word itself.
     */
    static String withoutClitic(String word) {
        return word.substring(0, word.length() - cliticLength(word, 0, word.length()));
    }

    /** How many letters of {@code text[start, end)} are a clitic; none where fewer than four letters would be left ("pumpkin", "khan"). */
    static int cliticLength(String text, int start, int end) {
        for (var clitic : CLITICS) {
            if (end - start - clitic.length() >= SHORTEST_STEM + 1 && text.startsWith(clitic, end - clitic.length())) {
                return clitic.length();
            }
        }
        return 0;
    }

    /** "Siim" and "Siimille", "Lucía" and "Lucían": one name in two case forms, given each with its {@link #withoutCaseEnding stem}. */
    static boolean sameNameInflected(String one, String oneStem, String other, String otherStem) {
        return one.equals(otherStem) || other.equals(oneStem) || oneStem.equals(otherStem);
    }

    /**
     * {@code form} is {@code name} or {@code name} with a Finnish case ending and clitic after it, letters only and at
     * most {@value #LONGEST_ENDING} of them ("zahranitta", "márquezille", "treviñollekaan" of "treviño"): a foreign
     * surname no reading inflects, written beside a word that says which name it is. Both in lower case.
     */
    static boolean isFormOf(String form, String name) {
        if (!form.startsWith(name) || form.length() > name.length() + LONGEST_ENDING) {
            return false;
        }
        for (int i = name.length(); i < form.length(); i++) {
            if (!Character.isLetter(form.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isVowel(char c) {
        return "aeiouyäöåéíóúAEIOUYÄÖ".indexOf(c) >= 0;
    }

    /** A name reading of any kind, or an unknown word, that is no product, maker or word of the service desk. */
    static boolean isPersonWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t)) && (isAnyName(w) || !w.isKnown());
    }

    /** A given name or surname by Voikko, the lists or the US lists, even one that is also a word ("Bill", "Armas"). */
    static boolean isAnyName(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST);
    }

    /**
     * "Vantaan", "Kallion", "Helmi Vuorenjuuren": the genitive at {@code t} is a place's or an ordinary word's, which
     * districts, churchyards and namesakes' surnames are named by, and no given name; after a given name it is no
     * surname the lists hold either ("Pekka Lahden kirkko" is Pekka's).
     */
    static boolean readsAsAPlace(Tokens tokens, NameLexicon.Word[] words, int t) {
        var word = words[t];
        if (word == null || isGivenName(word) || !word.is(NameLexicon.Word.PLACE) && !word.is(NameLexicon.Word.COMMON)) {
            return false;
        }
        boolean afterGivenName = t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) && isGivenName(words[t - 1]);
        return !(afterGivenName && hasSurnameReading(word));
    }

    /** A given name by Voikko, the lists or the US lists ("Anna", "Hope"). */
    static boolean isGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** A surname by Voikko, the lists or the US lists, whatever else it reads as ("Churchill", "Nieminen"). */
    static boolean hasSurnameReading(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST);
    }

    /**
     * A capitalised word where the layout calls for a name: a name reading of any kind, or any word
     * that is not a product, maker or English word of the service desk ("Service Desk" signs too).
     */
    static boolean canBeSurname(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null || !tokens.isCapitalised(t)) {
            return false;
        }
        return !NameLexicon.isMaker(text, tokens.start(t), tokens.end(t)) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST)
                || !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t)));
    }

    /**
     * A name in a case form, not its base form: "Virtaselle", "Korhosen" of virtanen, korhonen; a person's, where a
     * thing's name after a noun that names it stands uninflected ("mittari Diehl Hydrus", "tariff Green Tracker").
     */
    static boolean isInflectedName(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && w.isName() && w.base() != null && !isWrittenAs(text, tokens.start(t), tokens.end(t), w.base());
    }

    /** Whether any word of {@code [first, last]} is an {@link #isInflectedName inflected name}. */
    static boolean anyInflectedName(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (isInflectedName(text, tokens, words[k], k)) {
                return true;
            }
        }
        return false;
    }

    /** "T." or "J-P": one capital and a full stop, or two joined by a hyphen. */
    static boolean isInitial(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int length = tokens.length(t);
        if (length == 1) {
            return Character.isUpperCase(text.charAt(start)) && tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == '.';
        }
        return length == 3 && Character.isUpperCase(text.charAt(start)) && text.charAt(start + 1) == '-'
                && Character.isUpperCase(text.charAt(start + 2));
    }

    /** Only spaces or tabs stand between the word and the line break before it. */
    static boolean startsLine(String text, Tokens tokens, int t) {
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

    /**
     * An ordinary word, or a compound, whose base form ends in one of {@code kinds}, written as that base form: uninflected,
     * where it names what follows it ("kokoushuone Minna Canth", "lastenkirja Peppi").
     */
    static boolean isUninflectedWordEndingIn(String text, Tokens tokens, NameLexicon.Word w, int t, Set<String> kinds) {
        if (w == null || !isWrittenAs(text, tokens.start(t), tokens.end(t), w.ordinaryBase())) {
            return false;
        }
        for (var kind : kinds) {
            if (w.ordinaryBase().endsWith(kind)) {
                return true;
            }
        }
        return false;
    }
}
