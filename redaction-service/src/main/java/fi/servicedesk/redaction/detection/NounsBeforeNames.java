package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Interpreter Vu Thi Tuan", "09.41 Eskaloitu Keräselle": a capitalised word that no list and no Voikko
 * reading makes a name, and that is an English noun of a doer ("Interpreter", "Contractor", "Analyst"), a Swedish
 * title ("Direktör", "Handläggare") or a
 * Finnish participle ("Eskaloitu", "Korjannut") or an English verb's "-ing" form opening a sentence ("Copying
 * Rutherford"), says who or what the name after it is, or what happened to it;
 * it is not the person's given name. Only a doer's noun is a role: the lists lack many short forms of given
 * names that are English nouns too ("Norm Mills"). A role is singular: a plural is no role and may be a name
 * ("Mats Åström"). A Swedish role in the definite form is one too ("Chefen Aino Berg"). A participle is one only where it opens a clause: inside a sentence it is a given name ("hoitaa
 * Lemmitty Savolainen-Hakala"). A word Voikko knows only
 * as a noun stays a possible name ("Ilo Kokko", "Säde Kuusi": Finnish given names are nouns), unless Voikko's base
 * form of it ends in a Finnish noun of a role ({@link #ROLES}: "Tietosuojavastaava Maura Trohkimainen",
 * "Tietohallintopäällikkö Okku Jouhki"): Finnish makes its titles compounds of those, and no one is named after one.
 */
final class NounsBeforeNames {

    private static final String[] DOERS_ENDINGS = {"er", "or", "ist", "ant", "ent", "ian", "ee"};
    /** The shortest Swedish title in "ör" ("Revisör"); "Lör" and "Kör" are weekdays' and verbs' short forms. */
    private static final int SHORTEST_SWEDISH_TITLE = 6;
    /** Finnish nouns of roles and posts that titles end in ("tietosuojavastaava", "hankintapäällikkö", "IT-tukihenkilö"). */
    private static final String[] ROLES = {"vastaava", "päällikkö", "johtaja", "asiantuntija", "koordinaattori",
            "sihteeri", "esimies", "henkilö", "suunnittelija", "kehittäjä", "asentaja", "neuvoja", "myyjä", "hoitaja",
            "tarkastaja", "valvoja", "insinööri", "lakimies", "juristi", "edustaja", "isännöitsijä", "tulkki", "opettaja",
            "rehtori", "ohjaaja", "kouluttaja", "avustaja",
            // a foreman's or a fire officer's title: "Palomestari Onni Rauta", "Rakennusmestari Eeva Kivi"
            "mestari",
            // a judge's: "Käräjätuomari Aino Kivi", "Hovioikeudenneuvos"
            "tuomari", "neuvos",
            // the parties of a claim or a delivery: "Kuljettaja Minni Raippa", "Korvauskäsittelijä Aki Viuhko",
            // "Todistaja Olli Ek", "Vakuutuksenottaja Nore Bohlin"
            "kuljettaja", "käsittelijä", "todistaja", "omistaja", "ottaja", "haltija", "ilmoittaja", "hakija", "lähettäjä",
            // a debt's parties in a collection letter: "Velallinen Aino Kivi", "Velkoja Oy"
            "velallinen", "velkoja"};

    /**
     * Swedish role nouns in the definite form, which stand before a name as its title does ("Chefen Aino Berg godkänner",
     * "Teknikern Olle Ek kommer"): a closed class, as the definite ending "-en" also ends surnames ("Jansen").
     */
    private static final WordSet SWEDISH_DEFINITE_ROLES = WordSet.of(Set.of("chefen", "teknikern", "montören",
            "förvaltaren", "ordföranden", "säljaren", "föraren", "chauffören", "handläggaren", "kunden",
            // a nurse's, a teacher's and a doctor's: "Sköterskan Aino Berg på vårdcentralen", "Läraren Olle Ek"
            "sköterskan", "läraren", "läkaren",
            // an applicant's and a patient's: "Sökanden Aino Berg kunde inte skicka in", "Patienten Olle Ek"
            "sökanden", "patienten"));
    /**
     * Swedish nouns of a party to a case that end neither in "-are" nor in "-ör" ("Vittne Endel Kadak", "Kund Olle Ek",
     * "Granne Aino Berg"): a closed class, taken only where no list reads the word as a name.
     */
    private static final WordSet SWEDISH_PARTIES = WordSet.of(Set.of("vittne", "kund", "chef", "patient", "granne", "tolk", "elev",
            // a train's crew and a passenger's companion: "Tågvärd Olle Ek informerad", "Medresenär Aino Berg"
            "tågvärd", "medresenär", "medresenären"));
    /**
     * Finnish titles in their spoken short form, which Voikko does not know: a teacher's "Ope Kivi hoitaa uusinnat",
     * said as the pupils call them.
     */
    private static final WordSet FINNISH_SHORT_TITLES = WordSet.of(Set.of("ope"));
    /** The shortest Swedish noun of a doer in "are" ("Läkare"); "Clare" and "Kare" are given names' length. */
    private static final int SHORTEST_SWEDISH_DOER = 6;
    /** The shortest verb's "-ing" form taken before a name ("Adding"); "Ming", "Ling" and "King" are shorter. */
    private static final int SHORTEST_ING_FORM = 6;

    private NounsBeforeNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && names[t + 1] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && isNoNamesWord(text, tokens, words[t], t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isNoNamesWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        // A closed class of titles; a list may hold one as a surname's form too ("Kunden", the genitive of Kunde), but
        // before a name it is the title ("Kunden Sixten Berg begärde …").
        if (FINNISH_SHORT_TITLES.contains(text, tokens.start(t), tokens.end(t))
                || SWEDISH_DEFINITE_ROLES.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        if (w == null || NameWords.isAnyName(w) || joinsCapitalisedParts(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        return w.is(NameLexicon.Word.COMMON) && isRole(w.ordinaryBase())
                || w.is(NameLexicon.Word.ADJECTIVE) && isParticiple(text, tokens.end(t)) && opensClause(text, tokens, t)
                || !w.isKnown() && isDoersNoun(text, tokens.end(t)) && EnglishNouns.contains(text, tokens.start(t), tokens.end(t))
                || !w.isKnown() && (isSwedishTitle(text, tokens, t) || isSwedishDoer(text, tokens, t)
                        || SWEDISH_PARTIES.contains(text, tokens.start(t), tokens.end(t)))
                || isVerbOpeningASentence(text, tokens, t);
    }

    /**
     * "Copying Rutherford.", "Adding Maija to the group": an English verb's "-ing" form, a word of the English list
     * that no name list holds, capitalised only because it opens the sentence; the name after it is whom the verb is
     * done to. The names that end so ("Sterling", "Fleming", "Irving") are the lists' and are kept.
     */
    private static boolean isVerbOpeningASentence(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return end - start >= SHORTEST_ING_FORM && text.startsWith("ing", end - 3) && tokens.beginsSentence(t)
                && EnglishWords.contains(text, start, end);
    }

    /**
     * "Anahit-Nare": a hyphen between two capitalised parts joins two given names, as no title does; a
     * compound title writes its head in lower case after the hyphen ("IT-handläggare", "Service-tekniker"), and so its
     * doer's ending ("-are", "-er") is the title's, not a name's.
     */
    private static boolean joinsCapitalisedParts(String text, int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (text.charAt(i) == '-' && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Direktör", "Ingenjör", "Redaktör": Swedish titles of a doer end in "ör", which no given name or surname of the
     * lists does, and a title stands before the name.
     */
    private static boolean isSwedishTitle(String text, Tokens tokens, int t) {
        return tokens.length(t) >= SHORTEST_SWEDISH_TITLE && text.startsWith("ör", tokens.end(t) - 2);
    }

    /**
     * "Handläggare", "Användare", "Läkare": Swedish nouns of a doer end in "are", which the given names and surnames
     * Voikko does not know hardly do, and such a noun stands before the name as its title.
     */
    private static boolean isSwedishDoer(String text, Tokens tokens, int t) {
        return tokens.length(t) >= SHORTEST_SWEDISH_DOER && text.startsWith("are", tokens.end(t) - 3);
    }

    /** Voikko's base form of a word ends in a Finnish noun of a role or a post ({@link #ROLES}). */
    static boolean isRole(String base) {
        if (base == null) {
            return false;
        }
        for (var role : ROLES) {
            if (base.endsWith(role)) {
                return true;
            }
        }
        return false;
    }

    /** An English noun of a doer by its ending: "interpreter", "contractor", "analyst", "consultant", "technician", "trainee". */
    private static boolean isDoersNoun(String text, int end) {
        for (var ending : DOERS_ENDINGS) {
            if (text.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Siirretty Virtaselle.", "09.41 Eskaloitu Keräselle": a participle is capitalised where it opens a sentence or a
     * log line's entry after its time stamp. After a word, or a label's colon, a capitalised participle is a given name
     * ("hoitaa Lemmitty Savolainen-Hakala", "Esimies Lemmitty Pulkkinen-Roos", "Valinnainen: Lemmitty Kärnäinen").
     */
    private static boolean opensClause(String text, Tokens tokens, int t) {
        int before = tokens.start(t) - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || tokens.beginsSentence(t) || Character.isDigit(text.charAt(before));
    }

    /** A Finnish past participle's ending: "eskaloitu", "siirretty", "korjannut", "lisännyt". */
    private static boolean isParticiple(String text, int end) {
        return text.startsWith("tu", end - 2) || text.startsWith("ty", end - 2) || text.startsWith("nut", end - 3)
                || text.startsWith("nyt", end - 3);
    }
}
