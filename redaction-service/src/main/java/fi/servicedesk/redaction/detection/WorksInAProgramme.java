package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A concert's programme writes a work as its composer, a colon and its title: "Programme: Britten: War Requiem",
 * "Ohjelmassa Sibelius: Sinfonia nro 2", "Program: Alfvén: Midsommarvaka", "Vaughan Williams: The Lark Ascending".
 * The composer's name there is the work's, and so is a title named after a person ("Merikanto: Juha"). The pair is a
 * work's right after a programme's word, or where its title holds the word of a musical work's kind ("Symphony No.
 * 2", "Enigma Variations", "Kalevala-sarja") and the composer does not open its line, where a chat's speaker or a
 * form's label stands ("Anna: Sinfonia nro 2 on loppuunmyyty" is Anna speaking).
 * <p>An IT desk's "Program:" is the application, and a ticket's "Program: Anna Lee: Teams won't start" names its
 * user, so a programme's word counts only before a composer who is no given name ("Alfvén", "Sibelius"). A suite, a
 * series or a mass is an address's or a trade fair's word as often ("Suite 12"), so it counts only as a compound's
 * head ("Kalevala-sarja") or before a work's number or key ("Suite No. 2", "Messu h-molli").
 */
final class WorksInAProgramme {

    /** A programme's words, right before the composer, perhaps with a colon: "Programme:", "Ohjelmassa". */
    private static final WordSet PROGRAMME = WordSet.of(Set.of("programme", "program", "programmet", "programmes",
            "ohjelma", "ohjelmassa", "repertoire", "repertoar", "repertuaari", "teos", "teokset", "verk", "verket"));
    /** Words of a musical work's kind, a title's word or the end of one ("Enigma Variations", "Sinfonie singulière"). */
    private static final List<String> KINDS = List.of("symphony", "sinfonia", "sinfonie", "symfoni", "requiem",
            "concerto", "konsertto", "sonata", "sonaatti", "sonat", "svit", "serenade", "serenad", "serenadi",
            "variations", "variaatiot", "variationer", "overture", "alkusoitto", "uvertyr", "quartet", "kvartetto",
            "kvartett", "oratorio", "kantaatti", "cantata", "kantat", "rhapsody", "rapsodia");
    /** Kinds that are an address's, a series' or a trade fair's words too: a work's only when numbered or joined on. */
    private static final WordSet NUMBERED_KINDS = WordSet.of(Set.of("suite", "sarja", "messu", "mässa"));
    /** The word of a work's number after its kind ("No. 2", "nro 3", "op. 46", "BWV 232"). */
    private static final WordSet NUMBER_WORDS = WordSet.of(Set.of("no", "nro", "nr", "op", "opus", "bwv", "kv"));
    /** The end of a work's key after its kind ("h-molli", "d-moll", "Es-dur"). */
    private static final List<String> KEYS = List.of("-molli", "-duuri", "-moll", "-dur");
    /** The most words of a composer's name ("Vaughan Williams", "Peterson-Berger") before the colon. */
    private static final int LONGEST_COMPOSER = 2;
    /** The most words of a title taken ("Rautavaara: Cantus arcticus", "Kuula: Etelä-Pohjalainen sarja"). */
    private static final int LONGEST_TITLE = 5;

    private WorksInAProgramme() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int c = 0; c < n; c++) {
            // the composer's name opens its run of capitalised words, unless a programme's word opens it
            // ("Ohjelmassa Sibelius")
            if (!tokens.isCapitalised(c) || c > 0 && tokens.isCapitalised(c - 1) && tokens.oneSpaceApart(c - 1, c)
                    && !afterProgrammeWord(text, tokens, c)) {
                continue;
            }
            for (int e = c; e < n - 1 && e - c < LONGEST_COMPOSER; e++) {
                if (e > c && !(tokens.isCapitalised(e) && tokens.oneSpaceApart(e - 1, e))) {
                    break;
                }
                if (!colonBeforeTitle(text, tokens, e)) {
                    continue;
                }
                int last = lastOfTitle(text, tokens, e + 1);
                if (afterProgrammeWord(text, tokens, c) && !NameWords.isGivenName(words[c])
                        || holdsAKind(text, tokens, e + 1, last) && !opensLine(text, tokens, c)) {
                    for (int k = c; k <= last; k++) {
                        names[k] = false;
                    }
                    c = last;
                }
                break;
            }
        }
    }

    /** ": " right after the word at {@code e}, and a capitalised word after it, opening the title. */
    private static boolean colonBeforeTitle(String text, Tokens tokens, int e) {
        int colon = tokens.end(e);
        return colon + 1 < text.length() && text.charAt(colon) == ':' && text.charAt(colon + 1) == ' '
                && tokens.start(e + 1) == colon + 2 && tokens.isCapitalised(e + 1);
    }

    /**
     * The title's last word from {@code first} on: up to its line's end, a semicolon, a comma, a parenthesis or a full
     * stop that ends a sentence (not "No. 2").
     */
    private static int lastOfTitle(String text, Tokens tokens, int first) {
        int last = first;
        while (last + 1 < tokens.size() && last + 1 - first < LONGEST_TITLE
                && !endsTitle(text, tokens.end(last), tokens.start(last + 1))) {
            last++;
        }
        return last;
    }

    private static boolean endsTitle(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == ',' || c == '(' || c == ')'
                    || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !Character.isDigit(firstAfterSpaces(text, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static char firstAfterSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }

    /** Only spaces or tabs between the word at {@code c} and the line break or the text's start before it. */
    private static boolean opensLine(String text, Tokens tokens, int c) {
        for (int i = tokens.start(c) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** "Programme: Britten", "Ohjelmassa Sibelius": a programme's word, then a space or a colon and a space. */
    private static boolean afterProgrammeWord(String text, Tokens tokens, int c) {
        if (c == 0 || !PROGRAMME.contains(text, tokens.start(c - 1), tokens.end(c - 1))) {
            return false;
        }
        String between = text.substring(tokens.end(c - 1), tokens.start(c));
        return between.equals(" ") || between.equals(": ");
    }

    private static boolean holdsAKind(String text, Tokens tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            String word = text.substring(tokens.start(k), tokens.end(k)).toLowerCase(Locale.ROOT);
            if (Characters.endsWithAny(word, KINDS) || isNumberedKind(text, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Kalevala-sarja", "Suite No. 2", "Messu h-molli": a suite's, a series' or a mass's word, joined or numbered. */
    private static boolean isNumberedKind(String text, Tokens tokens, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        int hyphen = text.lastIndexOf('-', end - 1);
        if (hyphen >= start - 1 && hyphen > 0 && NUMBERED_KINDS.contains(text, Math.max(hyphen + 1, start), end)) {
            return true;
        }
        if (!NUMBERED_KINDS.contains(text, start, end) || k + 1 >= tokens.size()) {
            return false;
        }
        String next = text.substring(tokens.start(k + 1), tokens.end(k + 1)).toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.contains(text, tokens.start(k + 1), tokens.end(k + 1))
                || Characters.endsWithAny(next, KEYS);
    }
}
