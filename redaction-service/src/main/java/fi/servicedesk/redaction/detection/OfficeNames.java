package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * An organisation's unit or office is named by the kind of unit it is, and no one is: "Tietohallinto",
 * "Asiakaspalvelukeskus", "Löneenheten", "Dataskyddsfunktionen", "Juridiska enheten", "Göteborgs tingsrätt", "Information
 * Governance", "Recruitment Team". A case system's records write such names beside the handler's name (a record's
 * "· Löneenheten ·", a signature's "jurist, Rekryteringsenheten"), where the model takes them for names. A word with a
 * name reading ("Niina Kurki Team") keeps its mark.
 * <ul>
 *   <li>Finnish makes a unit's name a compound whose last part is the kind of unit, read by Voikko's base form
 *       ("palkkahallinto", "tietosuojatiimi", "lakiasiat"; inflected too, "Tietohallinnosta"), or the unit's word
 *       alone ("Keskus", "Hallinto");</li>
 *   <li>Swedish writes the kind last in its definite form, in one word ("Löneenheten", "Vårdcentralen") or after the
 *       unit's adjective or a place's genitive ("Juridiska enheten"; a court, "Attunda tingsrätt"): a person's genitive
 *       takes the indefinite form ("Annas enhet");</li>
 *   <li>English writes the kind last too, after up to three capitalised English words none of which is a given name
 *       ("Contact Centre Quality", "Accounts Payable"), or names a department by its function alone ("Payroll").</li>
 * </ul>
 * The kinds are the closed class of words for a unit, department, office or court in the three languages.
 */
final class OfficeNames {

    /** Finnish nouns of units by Voikko's base form: unit, office, department, centre, team, administration, services. */
    private static final String[] FINNISH_UNITS = {"yksikkö", "toimisto", "osasto", "keskus", "tiimi", "hallinto",
            "huolto", "palvelu", "lakiasia", "virasto", "toimiala", "ryhmä"};
    /** Swedish units in the definite form, ending a compound ("Löneenheten", "Dataskyddsfunktionen"). */
    private static final String[] SWEDISH_UNITS = {"enheten", "funktionen", "avdelningen", "sektionen", "kontoret",
            "byrån", "centralen", "staben", "teamet",
            // a service's desk and a ledger's team ("Kundtjänst", "Kundtjänsten", "Leverantörsreskontra")
            "tjänst", "tjänsten", "reskontra", "reskontran"};
    /** The same and courts, in lower case after the unit's adjective or a place's genitive ("Juridiska enheten"). */
    private static final WordSet SWEDISH_UNIT_WORDS = WordSet.of(Set.of("enheten", "funktionen", "avdelningen",
            "sektionen", "kontoret", "byrån", "staben", "teamet", "tingsrätt", "hovrätt", "förvaltningsrätt"));
    /** English units' last words ("Payroll Team", "Information Governance", "Accounts Payable"). */
    private static final WordSet ENGLISH_UNITS = WordSet.of(Set.of("team", "unit", "department", "governance",
            "compliance", "quality", "intake", "payable", "receivable", "operations"));
    /**
     * English departments that a message names by their function alone ("Ask Payroll", "Jane Doe in Payroll says",
     * "(Jane Doe, Procurement)"): no given name or surname the lists hold.
     */
    private static final WordSet ENGLISH_DEPARTMENTS = WordSet.of(Set.of("payroll", "procurement", "finance", "treasury",
            "accounting", "facilities"));
    private static final int LONGEST_ENGLISH_NAME = 3;

    private OfficeNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (names[t] && tokens.isLowerCase(t) && endsWithSwedishUnit(text, tokens, t)) {
                // "Chatt med kundtjänst": the unit in lower case, which a chat's header or a repeat took in.
                names[t] = false;
                continue;
            }
            if (!tokens.isCapitalised(t) || words[t] == null || NameWords.isAnyName(words[t])) {
                continue;
            }
            if (names[t] && (isFinnishUnit(words[t]) || endsWithSwedishUnit(text, tokens, t)
                    || t + 1 < n && tokens.spaced(t, t + 1) && SWEDISH_UNIT_WORDS.contains(text, tokens.start(t + 1), tokens.end(t + 1)))) {
                names[t] = false;
            } else if (names[t] && ENGLISH_DEPARTMENTS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            } else if (ENGLISH_UNITS.contains(text, tokens.start(t), tokens.end(t))) {
                unmarkEnglishName(text, tokens, words, names, t);
            }
        }
    }

    private static boolean isFinnishUnit(NameLexicon.Word w) {
        var base = w.ordinaryBase();
        if (base == null) {
            return false;
        }
        for (var unit : FINNISH_UNITS) {
            if (base.endsWith(unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSwedishUnit(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        for (var unit : SWEDISH_UNITS) {
            if (tokens.length(t) > unit.length() && text.startsWith(unit, end - unit.length())) {
                return true;
            }
        }
        return false;
    }

    /** The unit's word and the capitalised English words before it ("Contact Centre Quality"), at least one of them. */
    private static void unmarkEnglishName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int kind) {
        int first = kind;
        while (first > 0 && kind - first < LONGEST_ENGLISH_NAME && tokens.spaced(first - 1, first)
                && tokens.isCapitalised(first - 1) && EnglishWords.holdsOnlyAsWord(text, tokens, words[first - 1], first - 1)) {
            first--;
        }
        for (int k = first; first < kind && k <= kind; k++) {
            names[k] = false;
        }
    }
}
