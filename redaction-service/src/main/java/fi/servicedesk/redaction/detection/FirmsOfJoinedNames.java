package fi.servicedesk.redaction.detection;

/**
 * "Lassila & Tikanoja", "Lassila & Tikanojan jäteauto", "Marks & Spencer": two names joined by an ampersand are a
 * firm's ({@link NotAPerson#isFirm}, which takes them off first), also after {@link RepeatedNames} has marked them
 * again because a person the message names bears one of them in another form ("Sanna Tikanojas stuga ligger vid
 * Lassila & Tikanoja", "Tikanojalla ei ole koodia"). A name a person bears as written here keeps its mark, as left in
 * clear it would give that person away ("Pekka Tikanoja … Lassila & Tikanoja"); two given names so joined are two
 * people ("Heikki & Jussi").
 */
final class FirmsOfJoinedNames {

    private FirmsOfJoinedNames() {
    }

    static void unmarkNamesakes(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        if (text.indexOf('&') < 0) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && NotAPerson.isFirm(text, tokens, words, t)
                    && !BuildingsNamedAfterPeople.borneAsWritten(text, tokens, names, t)) {
                names[t] = false;
            }
        }
    }
}
