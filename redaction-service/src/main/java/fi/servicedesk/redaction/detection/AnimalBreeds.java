package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * A breed is named after people and places ("Jack Russell", "King Charles", "Gordon", "Maine") and is no one's name:
 * the capitalised words right before a breed's kind ("Jack Russell terrier", "Cavalier King Charles spaniel", Swedish
 * "Jack Russell-terrier", Finnish "Cavalier King Charles -spanieli") and the capitalised words a vet's or a kennel's form
 * writes after an animal's species and a comma, on a labelled line or in parentheses after the pet's name ("Breed: dog,
 * Maine Coon", "Luna (kissa, Maine Coon)"). A name in the possessive or the Finnish genitive before the kind is the
 * owner's ("Harriet's terrier", "Pekan spanieli"), and a single word after the species is left to the rules for pets'
 * names ("dog, Max").
 */
final class AnimalBreeds {

    /** Finnish kinds of dog, in lower case: a genitive before one written apart is the owner's ("Pekan spanieli"). */
    private static final Set<String> FINNISH_KINDS = Set.of("spanieli", "terrieri", "setteri");
    /** Kinds of dog that close a breed's name written apart, in English, Swedish and Finnish, in lower case. */
    private static final WordSet KIND_WORDS = WordSet.of(Set.of("spaniel", "terrier", "setter", "retriever", "pointer",
            "collie", "hound", "spanjel", "spanieli", "terrieri", "setteri"));
    /**
     * Kinds joined to a breed's last word by a hyphen ("Russell-terrier"): "noutaja" only there, as written apart it is
     * also who fetches a child from day care ("Liisan noutaja tänään on mummo").
     */
    private static final Set<String> GLUED_KINDS = Set.of("spaniel", "terrier", "setter", "retriever", "pointer",
            "collie", "hound", "spanjel", "spanieli", "terrieri", "setteri", "noutaja");
    /** An animal's species as a vet's or a kennel's form writes it before the breed. */
    private static final WordSet SPECIES = WordSet.of(Set.of("dog", "cat", "koira", "kissa", "hund", "katt"));
    /** The most words of a breed's name before its kind or after its species ("Cavalier King Charles"). */
    private static final int LONGEST = 3;

    private AnimalBreeds() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int glued = gluedKind(text, tokens, t);
            if (glued >= 0) {
                // "Russell-terrier": the kind joined to the breed's last word
                names[t] = false;
                unmarkRunBefore(text, tokens, names, t);
            } else if (KIND_WORDS.contains(text, tokens.start(t), tokens.end(t)) && t > 0 && !isOwner(text, tokens, t)) {
                unmarkRunBefore(text, tokens, names, t);
            } else if (SPECIES.contains(text, tokens.start(t), tokens.end(t)) && tokens.isLowerCase(t)) {
                unmarkRunAfterSpecies(text, tokens, names, t);
            }
        }
    }

    /** Where the kind begins in a word that ends in a hyphen and a kind ("Russell-terrier"), or -1. */
    private static int gluedKind(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int hyphen = Characters.lastIndexOf(text, '-', start, end);
        return hyphen > start && GLUED_KINDS.contains(text.substring(hyphen + 1, end).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(text.charAt(start)) ? hyphen : -1;
    }

    /**
     * "Harriet's terrier", "Pekan spanieli": the word before the kind is in the possessive, or in the Finnish genitive
     * before a Finnish kind written apart.
     */
    private static boolean isOwner(String text, Tokens tokens, int kind) {
        int before = tokens.end(kind - 1);
        boolean possessive = tokens.is(kind - 1, "s") && tokens.start(kind - 1) > 0
                && (text.charAt(tokens.start(kind - 1) - 1) == '\'' || text.charAt(tokens.start(kind - 1) - 1) == '’');
        boolean finnish = FINNISH_KINDS.contains(text.substring(tokens.start(kind), tokens.end(kind)).toLowerCase(Locale.ROOT))
                && text.charAt(before - 1) == 'n'
                && text.charAt(tokens.start(kind) - 1) != '-';
        return possessive || finnish;
    }

    /** The capitalised words right before {@code t}, spaced or before " -", up to {@link #LONGEST}. */
    private static void unmarkRunBefore(String text, Tokens tokens, boolean[] names, int t) {
        for (int k = t - 1; k >= 0 && t - k <= LONGEST && tokens.isCapitalised(k) && isApart(text, tokens, k, k + 1); k--) {
            names[k] = false;
        }
    }

    /** "dog, Maine Coon": two or three capitalised words after the species and a comma, the last before "," or ")". */
    private static void unmarkRunAfterSpecies(String text, Tokens tokens, boolean[] names, int species) {
        int end = tokens.end(species);
        int first = species + 1;
        if (first >= tokens.size() || !text.startsWith(", ", end) || tokens.start(first) != end + 2) {
            return;
        }
        int last = first;
        while (last + 1 < tokens.size() && last + 1 - first < LONGEST && tokens.spaced(last, last + 1) && tokens.isCapitalised(last + 1)) {
            last++;
        }
        int after = tokens.end(last);
        boolean closed = after == text.length() || text.charAt(after) == ',' || text.charAt(after) == ')' || text.charAt(after) == '\n';
        if (last == first || !closed || !tokens.isCapitalised(first) || !inRecord(text, tokens.start(species))) {
            return;
        }
        for (int k = first; k <= last; k++) {
            names[k] = false;
        }
    }

    /**
     * A form's or a record's layout around the species: a label on its line before it ("Potilas: koira, …") or a
     * parenthesis opening right before it after a pet's name ("Luna (kissa, …)"); in a sentence a person is addressed
     * after a species and a comma ("Could you feed the cat, Anna Lee, until Friday?").
     */
    private static boolean inRecord(String text, int species) {
        int line = Characters.lineStart(text, species);
        return species > 0 && text.charAt(species - 1) == '(' || Characters.indexOf(text, ':', line, species) >= 0;
    }

    /** Parted by a space, or by a space and a hyphen before a Finnish kind ("Charles -spanieli"). */
    private static boolean isApart(String text, Tokens tokens, int k, int next) {
        return tokens.spaced(k, next) || text.startsWith(" -", tokens.end(k)) && tokens.start(next) == tokens.end(k) + 2;
    }
}
