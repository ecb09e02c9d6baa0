package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The closed class of words that name a department or unit by the work it does — procurement, payroll, laboratory,
 * communications, finance, HR, IT, facilities, logistics, sales, customer service, legal, reception, data protection
 * — in Finnish ("Hankinta", "Palkat", "Viestintä", "Tietosuoja"), Swedish ("Inköp", "Lönehantering", "Ekonomi",
 * "Dataskydd") and English ("Payroll", "Procurement"), alone or ending a compound ("Henkilöstöhankinta",
 * "Personalekonomi"). No one is named so; a word a name list or Voikko reads as a name is left to the callers.
 */
final class UnitWords {

    /** Finnish units by Voikko's base form, which a compound's base ends in ("palkat" → palkka, "satamaoperaatio"). */
    private static final String[] FINNISH = {"hankinta", "palkka", "palkanlaskenta", "laboratorio", "viestintä",
            "markkinointi", "talous", "henkilöstö", "rekrytointi", "laskutus", "tietosuoja", "kirjanpito", "logistiikka",
            "myynti", "vastaanotto", "tuotanto", "varasto", "kuljetus", "neuvonta", "kiinteistö", "turvallisuus",
            "operaatio", "palvelupiste", "kirjasto", "arkisto", "tietotekniikka", "käyttäjätuki", "tukipalvelu", "asiakaspalvelu", "hallinto"};
    /** Swedish units as written, alone or ending a compound ("Lönehantering", "Kundtjänst", "Löneservice"). */
    private static final String[] SWEDISH = {"ekonomi", "inköp", "hantering", "löner", "kommunikation", "personal",
            "rekrytering", "fakturering", "dataskydd", "logistik", "försäljning", "kundtjänst", "kundservice", "juridik",
            "laboratoriet", "laboratorium", "säkerhet", "marknadsföring", "redovisning", "administration", "kansli",
            "bibliotek", "lönekontor", "upphandling", "service", "förvaring"};
    /** English units, alone. */
    private static final WordSet ENGLISH = WordSet.of(Set.of("admissions", "payroll", "procurement", "purchasing",
            "finance", "accounting", "accounts", "billing", "invoicing", "communications", "marketing", "recruitment",
            "facilities", "logistics", "sales", "reception", "legal", "laboratory", "lab", "security", "helpdesk",
            "servicedesk", "compliance", "treasury", "warehouse", "storage"));

    private UnitWords() {
    }

    /** Whether token {@code t}, whose reading is {@code word} (null if none), names a unit by its work. */
    static boolean contains(String text, Tokens tokens, NameLexicon.Word word, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (ENGLISH.contains(text, start, end)) {
            return true;
        }
        for (var unit : SWEDISH) {
            if (end - start >= unit.length() && text.regionMatches(true, end - unit.length(), unit, 0, unit.length())) {
                return true;
            }
        }
        var base = word == null ? null : word.ordinaryBase();
        if (base != null) {
            for (var unit : FINNISH) {
                if (base.endsWith(unit)) {
                    return true;
                }
            }
        }
        return false;
    }
}
