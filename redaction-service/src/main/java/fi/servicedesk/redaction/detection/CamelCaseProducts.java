package fi.servicedesk.redaction.detection;

/**
 * "OneDrivesta", "SharePointiin", "PowerBI": a word with a capital inside it after a lower-case letter, whose first part
 * of three letters or more is no name ("One", "Share", "Power"), is a product's name written in camel case, also with
 * a Finnish case ending. A person's name is written so after a particle ("McDonald", "MacArthur", "DeShawn", "LaToya",
 * "VanDyke") or as two names run together ("LeeAnn", "JeanPierre"), and keeps its mark.
 */
final class CamelCaseProducts {

    /** The shortest first part: particles of two letters ("De", "La", "Le", "Di") open names. */
    private static final int SHORTEST_PART = 3;

    private CamelCaseProducts() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && opensWithNoName(text, tokens.start(t), tokens.end(t), lexicon)) {
                names[t] = false;
            }
        }
    }

    /** Whether {@code text[start, end)} is written in camel case and its first part is no name ("VesitehoVaasa"). */
    static boolean opensWithNoName(String text, int start, int end, NameLexicon lexicon) {
        int second = secondPart(text, start, end);
        return second >= 0 && !NameWords.isAnyName(lexicon.lookup(text, start, second));
    }

    /**
     * Where the second part of {@code text[start, end)} written in camel case begins ("Vaasa" of "VesitehoVaasa"), or -1
     * where the word is not so written or its first part is too short or a surname's particle ("McAllister", "MacArthur").
     */
    static int secondPart(String text, int start, int end) {
        int inner = start + 1;
        while (inner < end && Character.isLowerCase(text.charAt(inner))) {
            inner++;
        }
        if (inner - start < SHORTEST_PART || inner >= end || !Character.isUpperCase(text.charAt(inner))
                || SurnameParticles.opensJoinedSurname(text, start, inner)) {
            return -1;
        }
        return inner;
    }
}
