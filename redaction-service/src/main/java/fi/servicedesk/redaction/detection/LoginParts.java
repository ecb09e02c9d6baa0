package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a login is made of a person's name, as organisations build them: the login's letters are the starts of the
 * name's parts (the words and their hyphened halves) taken in the order the name is written or with the surname
 * first, its last word or last two or three (a Spanish, Catalan or Arabic surname of two words: "serranu" of Núria
 * Montserrat Serra i Vilaseca, "aboujla" of Lama Rasha Abou Jaoude), each part once, any part skipped — "trantala"
 * of Tiina Rantala, "marttatellervo.rautaniemi" of Martta-Tellervo Rautaniemi, "katvaoi" of Oiva-Sakari Katvalahti,
 * "okravchukoli" of Oksana-Iryna Kravchuk-Oliinyk, "ks5159" of Kaarlo-Uolevi Sarmikoski. Digits and separators are no part of the name; a login of initials alone must
 * have digits, as two or three letters of a name's initials are as often an abbreviation. An initial written for a
 * name ("I. Nyholm-Kull", "K. Bodnár") hides the name's letters: a login may spell up to {@link #INITIALS_NAME} of
 * them from the initial on ("ingnyh" of I. Nyholm-Kull, "bodnaka" of K. Bodnár). A part's letters may be written in
 * any of the ways {@link LoginSpellings} knows ("leinhhu" of H. Lê Đình, "jschaefer" of Jürgen Schäfer).
 */
final class LoginParts {

    /** The fewest letters a login made of a name holds. */
    private static final int SHORTEST = 2;
    /** The most letters of the name behind an initial that a login spells: "ing" of I. (Ingrid), "ka" of K. (Katalin). */
    private static final int INITIALS_NAME = 3;
    /** How many name parts a login may be built of at most: the search stays small. */
    private static final int MOST_PARTS = 8;

    private LoginParts() {
    }

    /** Whether {@code login} is made of the name written as {@code words} ("Surname," with its comma is a word too). */
    static boolean madeOf(String[] words, String login) {
        var letters = AddressLocalParts.foldedLetters(login);
        if (letters.length() < SHORTEST) {
            return false;
        }
        boolean digits = login.chars().anyMatch(c -> c >= '0' && c <= '9');
        var asWritten = parts(words, 0);
        if (asWritten.isEmpty() || asWritten.size() > MOST_PARTS) {
            return false;
        }
        if (asWritten.stream().anyMatch(spellings -> spellings.contains(letters))) {
            // "rantala", "aino": one whole part; one part's start alone ("ra") is too short a word to say
            return true;
        }
        if (startsOf(letters, 0, asWritten, 0, 0, false, digits)) {
            return true;
        }
        for (int surname = words.length - 1; surname > 0; surname--) {
            if (startsOf(letters, 0, parts(words, surname), 0, 0, false, digits)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of the name with the word at {@code first} first and the others after it in their order. */
    private static List<List<String>> parts(String[] words, int first) {
        var parts = new ArrayList<List<String>>();
        for (int w = 0; w < words.length; w++) {
            for (var half : words[(first + w) % words.length].split("-")) {
                var spellings = LoginSpellings.of(half);
                if (!spellings.isEmpty()) {
                    parts.add(spellings);
                }
            }
        }
        return parts;
    }

    /** Whether {@code letters} from {@code at} are starts of {@code parts} from {@code next} on, in order. */
    private static boolean startsOf(String letters, int at, List<List<String>> parts, int next, int taken,
                                    boolean longerThanInitial, boolean digits) {
        if (at == letters.length()) {
            return taken > 1 && (longerThanInitial || digits);
        }
        for (int p = next; p < parts.size(); p++) {
            for (var part : parts.get(p)) {
                // an initial's part matches its letter and as many of the hidden name's as the login spells after it
                boolean initial = part.length() == 1;
                int most = Math.min(initial ? INITIALS_NAME : part.length(), letters.length() - at);
                for (int k = most; k >= 1; k--) {
                    if (letters.regionMatches(at, part, 0, initial ? 1 : k)
                            && startsOf(letters, at + k, parts, p + 1, taken + 1, longerThanInitial || k > 1, digits)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
