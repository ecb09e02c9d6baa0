package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * What a family calls its own is a relation, not a person's name (R8.2 covers the person, not the word): a chat's
 * speaker saved as "Mummo:", "Farmor:" or "Dad's group", a greeting's "Hi Mum,", a sentence's "Äiti soitti". The word
 * alone, or beside no other name, loses the mark; beside one it may be a given name of its own ("Wang Nan", "Veli
 * Matti"), and a given name that is also a kin word keeps it ("Sisko", "Veli" by Voikko's lists).
 */
final class FamilyWords {

    /**
     * The words of address for parents and grandparents that Voikko does not read as kin: English, Swedish and the
     * Finnish of speech ("iskä", "mutsi"), and grandmother's home, which a family's group is named after.
     */
    private static final WordSet FAMILIAR = WordSet.of(Set.of("mum", "mom", "mummy", "mommy", "dad", "daddy", "nan",
            "granny", "grandma", "grandpa", "grandad", "granddad", "grandmother", "grandfather", "auntie", "morfar",
            "mormor", "farfar", "farmor", "mamma", "pappa", "morsan", "farsan", "iskä", "isi", "äippä", "mutsi", "faija",
            "mummola"));

    private FamilyWords() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isFamilyWord(text, tokens, words[t], t) && !besideAName(tokens, names, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isFamilyWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (FAMILIAR.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        return w != null && w.ordinaryBase() != null && KinWordsBeforeNames.isKin(w.ordinaryBase())
                && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.LAST);
    }

    private static boolean besideAName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1);
    }
}
