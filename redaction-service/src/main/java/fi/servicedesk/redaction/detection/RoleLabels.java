package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A word of a person's role opening a label before its colon ("Caller: Ms Chihiro Murakami", "Soittaja: Pekka",
 * "Uppringare: Greta Hedlund") names the role, not anyone: the person is the label's value, which stays a name.
 * Only the label word itself loses its mark, and only right before the colon (R8.2: the value is never touched). In
 * lower case too: a transcript by speech recognition labels its speakers so ("[00:00:46] caller: …", "asiakas:").
 */
final class RoleLabels {

    /** Roles a call or a ticket names in a label, in English, Finnish and Swedish. */
    private static final WordSet ROLES = WordSet.of(Set.of("caller", "soittaja", "uppringare", "ringare", "reporter",
            "ilmoittaja", "anmälare", "customer", "asiakas", "kund", "requester", "pyytäjä", "beställare", "tilaaja",
            "approver", "hyväksyjä", "godkännare", "owner", "omistaja", "ägare", "contact", "yhteyshenkilö",
            "kontaktperson", "agent", "agentti", "handler", "käsittelijä", "handläggare", "resident", "asukas", "patient",
            "potilas", "interpreter", "tulkki", "tolk", "operator", "operaattori", "tukihenkilö"));

    private RoleLabels() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            if (names[t] && end < text.length() && text.charAt(end) == ':' && ROLES.contains(text, tokens.start(t), end)) {
                names[t] = false;
            }
        }
    }
}
