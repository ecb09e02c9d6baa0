package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Every other capitalised mention of a word found as a name is the same person's ("Katja Kivi, …
 * ja Kivi"), and so is a word neither Voikko nor the lists know that is that name in another case
 * ("Siim aloitti … Lupasin Siimille") or in the genitive Swedish writes, and English without its
 * apostrophe, with an "s" ("Torbjörn Sundqvist? Sundqvists telefon"), and an unknown capitalised word
 * right before one inside a sentence ("Kadri Abdullahi"), and a proper name of no kind in another case ("Kaleva …
 * Kalevalle").
 */
final class RepeatedNames {

    private RepeatedNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
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
            // Not an ordinary word opening a sentence: "Will Smith called. Will you …" is the verb; unless the line
            // gives it as a person's there too, as a chat's speaker ("Visitor (Bud) joined … Bud: it crashed").
            if (!names[t] && words[t] != null && tokens.isCapitalised(t) && Characters.isOneOf(found, text, tokens.start(t), tokens.end(t))
                    && !(words[t].is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) && tokens.beginsSentence(t)
                            && !isSpeakersLabel(text, tokens, t))) {
                names[t] = true;
            }
        }
        List<String> stems = null;
        for (int t = 0; found != null && t < tokens.size(); t++) {
            // Voikko inflects the names it knows; an unknown one is compared by its stem.
            if (!names[t] && words[t] != null && !words[t].isKnown() && tokens.isCapitalised(t)
                    && tokens.length(t) >= NameWords.SHORTEST_STEM) {
                if (stems == null) {
                    stems = found.stream().map(NameWords::withoutCaseEnding).toList();
                }
                names[t] = isInflectionOf(found, stems, text.substring(tokens.start(t), tokens.end(t)));
            }
        }
        if (found != null) {
            markSurnamesAfterGivenNames(text, tokens, words, names, found, stems);
            markLandSurnamesInOtherCases(text, tokens, words, names);
            markProperNamesInOtherCases(text, tokens, words, names, found);
        }
        for (int t = 0; found != null && t + 1 < tokens.size(); t++) {
            // "Kadri Abdullahi" once Abdullahi is a name: an unknown capitalised word before it inside a sentence; not a
            // role's noun, as a chat's speaker has before the given name ("15:03 Handläggare Bertil:"), where a given
            // name in "-are" or "-ande" comes before a surname ("Lazare Okonkwo", "Lwande Abdullahi").
            if (!names[t] && names[t + 1] && words[t] != null && !words[t].isKnown() && tokens.isCapitalised(t)
                    && tokens.spaced(t, t + 1) && !tokens.beginsSentence(t) && !NotAPerson.isTitleWord(text, tokens, t)
                    && !isRoleBeforeGivenName(text, tokens, words, t)) {
                names[t] = true;
            }
        }
    }

    /** A chat speaker's label: the word, a colon and a space ("Bud: the MFD keeps crashing"). */
    private static boolean isSpeakersLabel(String text, Tokens tokens, int t) {
        var end = tokens.end(t);
        return end + 1 < text.length() && text.charAt(end) == ':' && text.charAt(end + 1) == ' ';
    }

    private static boolean isRoleBeforeGivenName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return SwedishWords.isDoerNoun(text, tokens, t) && !NameWords.isAnyName(words[t]) && NameWords.isGivenName(words[t + 1]);
    }

    /**
     * "perämies Tenho Pihlajasalo … annettu Tenho Pihlajasalolle": a surname found in another case, right after a given
     * name found, inside a sentence, though Voikko reads the form as a word's ("pihlaja" + "salolle", the backwoods').
     * The given name before it and the base form found elsewhere in the message each say it is the person's; a word's
     * form alone (unknown words are compared above) would take in "Kivi" and "kivelle" as well.
     */
    private static void markSurnamesAfterGivenNames(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            List<String> found, List<String> stems) {
        List<String> bases = stems;
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] && names[t - 1] && words[t] != null && words[t].isKnown() && tokens.isCapitalised(t)
                    && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) && tokens.length(t) >= NameWords.SHORTEST_STEM) {
                if (bases == null) {
                    bases = found.stream().map(NameWords::withoutCaseEnding).toList();
                }
                names[t] = isInflectionOf(found, bases, text.substring(tokens.start(t), tokens.end(t)));
            }
        }
    }

    /**
     * "Aarne Kivilahti kuoli … Pyydämme Kivilahden tilin sulkemista": a surname of a word of the land
     * found as a name ({@link TopographicSurnames}) in another case, with its gradation, inside a sentence. Voikko reads
     * most such forms as an ordinary compound's, so the comparison is by the surname's base form.
     */
    private static void markLandSurnamesInOtherCases(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        List<String> bases = null;
        for (int t = 0; t < tokens.size(); t++) {
            var base = names[t] && tokens.isCapitalised(t) ? TopographicSurnames.baseForm(text, tokens.start(t), tokens.end(t), words[t]) : null;
            if (base != null) {
                bases = bases == null ? new ArrayList<>() : bases;
                bases.add(base);
            }
        }
        for (int t = 0; bases != null && t < tokens.size(); t++) {
            if (!names[t] && tokens.isCapitalised(t) && !tokens.beginsSentence(t)
                    && bases.contains(TopographicSurnames.baseForm(text, tokens.start(t), tokens.end(t), words[t]))) {
                names[t] = true;
            }
        }
    }

    /**
     * "Kaleva Kaislalampi ei saapunut; Kalevan laukku purettiin": a given name Voikko reads only as a proper name of no
     * kind ({@link WordNamesBeforeSurnames}) in another case, once found in its base form. Voikko inflects it, so the
     * comparison is by its base form; such a name is no word, also opening a sentence.
     */
    private static void markProperNamesInOtherCases(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            List<String> found) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] && words[t] != null && words[t].isOnlyProper() && tokens.isCapitalised(t)
                    && found.contains(words[t].ordinaryBase())) {
                names[t] = true;
            }
        }
    }

    /** The word is one of the names, or their stems, in another case form: they share a stem's first letters at least. */
    private static boolean isInflectionOf(List<String> names, List<String> stems, String word) {
        String stem = null;
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            if (!word.regionMatches(0, name, 0, NameWords.SHORTEST_STEM)) {
                continue;
            }
            if (stem == null) {
                stem = NameWords.withoutCaseEnding(word);
            }
            if (NameWords.sameNameInflected(word, stem, name, stems.get(i)) || isGenitive(word, name)) {
                return true;
            }
        }
        return false;
    }

    /** "Sundqvists" of "Sundqvist": the name and the genitive's "s". */
    static boolean isGenitive(String word, String name) {
        return word.length() == name.length() + 1 && word.endsWith("s") && word.startsWith(name);
    }
}
