package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A word of a person's role opening a label before its colon ("Caller: Ms Chihiro Murakami", "Soittaja: Pekka",
 * "Uppringare: Greta Hedlund") names the role, not anyone: the person is the label's value, which stays a name.
 * Only the label word itself loses its mark, and only right before the colon (R8.2: the value is never touched). In
 * lower case too: a transcript by speech recognition labels its speakers so ("[00:00:46] caller: …", "asiakas:"), and a
 * work order or a visit report its technician ("Tekniker: Aino Berg"), and a school's form its pupil ("Elev: Aino Berg").
 * So does a case system's field before its colon ("Kategori: Dataskydd", "Jono: HR-Access", "Priority: High"): the
 * category, queue, priority, state and grounds every ticketing tool (ServiceNow, Jira, TOPdesk, Efecte) labels a case
 * with, in English, Finnish and Swedish; and a queue's or category's value that is a phrase opens with no name ("Kö:
 * Nya uppdrag"). A role's word opening a sentence or a quotation before a word in lower case is
 * that sentence's subject, the role again ("Huoltomiehen merkintä: “Asukas ei ollut kotona”").
 */
final class RoleAndFieldWords {

    /** Roles a call or a ticket names in a label, in English, Finnish and Swedish. */
    private static final WordSet ROLES = WordSet.of(Set.of("caller", "soittaja", "uppringare", "ringare", "reporter",
            "ilmoittaja", "anmälare", "customer", "asiakas", "kund", "requester", "pyytäjä", "beställare", "tilaaja",
            "approver", "hyväksyjä", "godkännare", "owner", "omistaja", "ägare", "contact", "yhteyshenkilö",
            "kontaktperson", "agent", "agentti", "handler", "käsittelijä", "handläggare", "resident", "asukas", "patient",
            "potilas", "interpreter", "tulkki", "tolk", "operator", "operaattori", "tukihenkilö",
            // a work order's or visit report's: "Tekniker: …", "Asentaja: …", "Driver: …"
            "technician", "teknikko", "asentaja", "tekniker", "montör", "driver", "kuljettaja", "förare",
            // a school's loan or absence form's: "Elev: …", "Pupil: …", "Huoltaja: …"
            "pupil", "student", "elev", "oppilas", "opiskelija", "guardian", "vårdnadshavare", "huoltaja",
            // a train's crew in an assistance order ("Tågvärd: …"), a debt's parties in a collection letter ("Velallinen: …")
            "tågvärd", "konduktör", "junailija", "velallinen", "velkoja", "gäldenär", "borgenär", "debtor", "creditor"));
    /** A case's fields, in English, Finnish and Swedish. */
    private static final WordSet FIELDS = WordSet.of(Set.of("category", "kategoria", "kategori", "queue", "jono", "kö",
            "priority", "prioriteetti", "prioritet", "severity", "vakavuus", "allvarlighetsgrad", "status", "tila", "state",
            "grounds", "peruste", "grund"));

    /** The fields whose value names a group of cases, a queue or a category ("Kö: Nya uppdrag", "Queue: New cases"). */
    private static final WordSet GROUPS = WordSet.of(Set.of("category", "kategoria", "kategori", "queue", "jono", "kö"));

    private RoleAndFieldWords() {
    }

    /** A word of a person's role or a case's field that labels ("Asiakas", "Customer", "Handläggare"), in any case. */
    static boolean isLabel(String text, int start, int end) {
        return ROLES.contains(text, start, end) || FIELDS.contains(text, start, end);
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            if (names[t] && (end < text.length() && text.charAt(end) == ':' && isLabel(text, tokens.start(t), end)
                    || isRoleAsSubject(text, tokens, words[t], t) || opensGroupsName(text, tokens, words[t], t))) {
                names[t] = false;
            }
        }
    }

    /**
     * "Kö: Nya uppdrag", "Jono: Uudet tapaukset": the word opening a queue's or a category's value, before a word in
     * lower case, opens the group's name, a phrase; a person's name in a field is capitalised throughout. Not a given
     * name that is nothing else: the note says where the person's case went ("Jono: Kaisa lomalla, siirretty HR:lle").
     */
    private static boolean opensGroupsName(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (t == 0 || w != null && w.is(NameLexicon.Word.FIRST) && w.isOnlyNameInLowerCase()
                || !tokens.isCapitalised(t) || t + 1 == tokens.size() || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)) {
            return false;
        }
        int label = tokens.end(t - 1);
        return Characters.lineStart(text, tokens.start(t - 1)) == tokens.start(t - 1) && label < text.length()
                && text.charAt(label) == ':' && Characters.afterSpaces(text, label + 1) == tokens.start(t)
                && GROUPS.contains(text, tokens.start(t - 1), label);
    }

    /**
     * A role's word opening a sentence, a clause or a quotation before a word in lower case is the sentence's subject,
     * the role ("Huoltomiehen merkintä: \"Asukas ei ollut kotona\"", "Asiakas soitti uudelleen"), also where a list
     * holds the noun as a surname too (Voikko reads "Asukas" so): a surname alone opens a sentence less often than its
     * role's noun does. Not a given name's word, nor before a capitalised word, which is the title of the name after it
     * ({@link NounsBeforeNames}).
     */
    private static boolean isRoleAsSubject(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return tokens.isCapitalised(t) && (w == null || !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST))
                && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1) && ROLES.contains(text, tokens.start(t), tokens.end(t))
                && NotAPerson.beginsClause(text, tokens, t);
    }
}
