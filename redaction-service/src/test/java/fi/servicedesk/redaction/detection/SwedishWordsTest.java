package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a pronoun opening a reply's sentence after its label's colon; a name there stays
            "Svar: Min svåger Aki Ek körde hem till oss.|Svar;Aki;Ek",
            "Svar: Min Zhang ringde till oss.|Svar;Min;Zhang",
            // a noun in the definite form opening a sentence before a finite verb
            "Skrivaren fungerar inte sedan i morse.|",
            "Kopiatorn servas av Ricoh på fredag.|Ricoh",
            "Laddarna saknas på kontoret.|",
            "Tangentbordet krånglar igen.|",
            "Kontot fungerade inte, ring Mats Lindqvist.|Mats;Lindqvist",
            // a name opening the sentence stays, and any word before a verb said of people too
            "Stefan har ringt om skrivaren.|Stefan",
            "Jeroen har samma problem.|Jeroen",
            "Skrivaren är trasig.|Skrivaren",
            // a passive of what is done to things
            "Abonnemanget förnyas av Tove Sandell.|Tove;Sandell",
            // a preposition opening a sentence; the name after it stays
            "Enligt Tove Sandell startar den inte.|Tove;Sandell",
            "Efter Sixten kom ingen.|Sixten",
            // a doer's noun in its definite form opening a sentence before a name
            "Sökanden Heikki Hohdeharju kunde inte skicka in sin ansökan.|Heikki;Hohdeharju",
            "Ordföranden Anna Berg öppnade mötet.|Anna;Berg",
            "Stig Ljungström skrev: Sökanden Heikki Hohdeharju kunde inte skicka in sin ansökan.|Stig;Ljungström;Heikki;Hohdeharju",
            // a focus adverb opening a sentence before the name it singles out
            "Bara Sture i kassan var trevlig.|Sture",
            "Även Pia Holm har fått beskedet.|Pia;Holm",
            // a label by a Swedish noun's suffix, opening a line before its colon
            "Beställare: Pia Holm\\nBeskrivning: ny dator till Pia|Pia;Holm;Pia",
            "Handläggande: Ebba Falk|Ebba;Falk",
            "Enkätsvar: Ebba var snabb.|Ebba",
            "Information: Skrivaren fungerar.|Skrivaren",
            // an account's label, a compound of "konto"
            "Lönekonto: FI35 8529 3556 8467 46\\nKontoinnehavare: Sixten Berg|Sixten;Berg",
            // a doer's noun opening a sentence before a name, a role's label without its colon
            "Lösenord per telefon. Uppringare Raine Nääppä, (013) 545 379.|Lösenord;Raine;Nääppä",
            "Vaktmästaren Ebbe Lund har nyckeln.|Ebbe;Lund",
            "Karen Lund har nyckeln.|Karen;Lund",
            // a speaker's name before a colon stays
            "Henning: jag kommer strax|Henning",
            // a modal verb opening a Swedish question
            "Kan Sanna ringa mig i morgon?|Sanna",
            "Ska Oskar hämta datorn på fredag?|Oskar",
            // not in an English question, nor before a comma, nor outside a question
            "Kan, can you call me?|Kan",
            "Kan Li approved it yesterday.|Kan;Li",
            // a modal verb opening a sentence or a subject line before the negation
            "Ämne: Kan inte logga in i webbapoteket|Ämne",
            "Vill inte ta emot koden. Mvh Sanna|Mvh;Sanna",
            // a name before its verb and the negation, and an English "Kan" stay
            "Kan kommer inte i dag.|Kan",
            "Kan Inte approved it.|Kan;Inte",
            // a conjunction or a pronoun opening a Swedish sentence; the name after it stays
            "Ingen har Moodle-konto ännu.|Moodle-konto",
            "Min brevlåda är full, säger Tove.|Tove",
            "Och Kielo-Marias nummer står på mitt konto.|Kielo-Marias",
            "Eftersom Dmitry får förhinder kan Aglaya ta uppdraget.|Dmitry;Aglaya",
            // a sentence adverb before its finite verb
            "Dessutom gör Kronofogden utmätning, och det är fel.|Kronofogden",
            // a sentence too short to tell its language, read by its message's words
            "Jag ringde och det var fel på kontot.\\nIngen ändring gjord.|Jag",
            "Ingen ändring gjord.|Ingen",
            // a noun's definite plural opening a sentence before the people it names
            "Jag bor i A 33. Grannarna Ragnvald Rösbacka och Dagny Nabb har samma problem.|Jag;Ragnvald;Rösbacka;Dagny;Nabb",
            "Kundnummer 2558110. Min dotter Lilja Nabb läste av, hennes nummer finns.|Kundnummer;Lilja;Nabb",
            // one that is a name too ("Om", "Min") only before a word in lower case; none is taken outside Swedish
            "Om Prakash har ringt om datorn.|Om;Prakash",
            "Min Park called about the laptop.|Min;Park",
            // one joined by "och" to a name is a name of the pair; before a name in the genitive it is the possessive
            "Deltagare: Min och Anna kommer.|Min;Anna",
            "Min och Johans bil är trasig.|Johans",
            "Deltagare: Min och Lars kommer|Min;Lars",
            "Deltagare: Min och Jonas kommer|Min;Jonas",
            "Deltagare: Min och Klaus kommer|Min;Klaus",
            "Men from the vendor came by.|Men",
            // a letter's request to quote a reference; a given name before a surname stays
            "Vi har betalat 725 kr. Ange VAH-2026-340905 vid betalning.|Vi",
            "Uppge ärendenummer vid kontakt.|",
            "Ange KOR 693 6946 vid betalning.|",
            "Ange Dubois ringde.|Ange;Dubois",
            "Ange ringde i morse om lösenordet.|Ange",
            // a role's noun before its holder's number
            "Kontrollant nr 5176: Sigrid Hammarudd|Sigrid;Hammarudd",
            "Ge Bryant numret i dag.|Ge;Bryant",
            "Bryant nr 12 ringde.|Bryant",
    })
    void takesTheMarkOffSwedishWordsOpeningASentenceALineOrAQuestion(String text, String names) {
        MarkedWords.assertStay(SwedishWords::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // with every word marked, a modal verb in lower case right before "ni" or "du" and a word right after one is the
            // question's verb in a Swedish clause; a name called with a comma stays, and one before "jag" in a transcript without stops
            "kan ni titta på skrivaren|ni;på;skrivaren",
            "hann du kolla, anna?|hann;du;anna",
            "det är ove alfredsson jag ringer om datorn|det;är;ove;alfredsson;jag;ringer;om;datorn",
            // nor after spoken Finnish's "ni" ("niin")
            "se ei vastannu ni heikkurisen veli sano|se;ei;vastannu;ni;heikkurisen;veli;sano",
    })
    void takesTheMarkOffAVerbBesideASubjectPronoun(String text, String names) {
        MarkedWords.assertStayOfAll(SwedishWords::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a Swedish heading in capitals, every word marked as the name tagger may; a name in it stays
            "INTYG FÖR GENOMFÖRD UTBILDNING|INTYG;FÖR;GENOMFÖRD",
            "INTYG FÖR HENNING BERG|INTYG;FÖR;HENNING;BERG",
            "ANMÄLD UTRUSTNING|ANMÄLD;UTRUSTNING",
    })
    void takesTheMarkOffTheWordsOfASwedishHeadingInCapitals(String text, String names) {
        MarkedWords.assertStayOfAll(SwedishWords::unmark, text, names);
    }
}
