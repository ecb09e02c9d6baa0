package fi.servicedesk.redaction.detection;

/**
 * "Käsittelijä T. Silveira Albuquerque", "F. Iturralde Sosa": initials stand for the given names, so two names after
 * them, alone on their line, are the person's surname of two, one span and one placeholder as {@link DoubleSurnames}
 * makes a pair after a given name (R3.2, R8.2). The lists hold too few of the surnames that Spanish, Portuguese,
 * Italian and Arabic write in pairs ("Pinna Mulas", "Al-Saadi Al-Obaidi") for the pair's words to be checked against
 * them; the initials are the proof. Not where a third name follows, nor the Finnish sign-off "T." ({@link Initials});
 * not where the second is another's initial ("A. Smith J. Brown": two people, whose second name the longer span would
 * swallow) or a name the lists know only as a given name ("M. Virtanen Liisa": the next person, written without a comma).
 */
final class SurnamesOfTwoAfterInitials {

    private SurnamesOfTwoAfterInitials() {
    }

    /** Marks in {@code joined} (made if null) the second name of each such pair; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (names[t] && names[t + 1] && !(joined != null && (joined[t] || joined[t + 1]))
                    && !(t + 2 < n && names[t + 2] && tokens.spaced(t + 1, t + 2))
                    && tokens.start(t + 1) == tokens.end(t) + 1 && text.charAt(tokens.end(t)) == ' '
                    && tokens.isCapitalised(t + 1) && !NameWords.isInitial(text, tokens, t + 1) && !GivenNamesOfOnePerson.isOnlyGivenName(words[t + 1])
                    && Initials.start(text, tokens, t) < tokens.start(t)) {
                joined = joined == null ? new boolean[n] : joined;
                joined[t + 1] = true;
            }
        }
        return joined;
    }
}
