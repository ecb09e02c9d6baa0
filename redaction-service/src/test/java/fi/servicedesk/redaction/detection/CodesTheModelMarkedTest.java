package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTheModelMarkedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a special service request code after a passenger's name; the name in capitals stays
            "Row 38J: QUAYE SEYDOU MR (MEDA)|Row;QUAYE;SEYDOU;MR",
            "MURONG HAORAN MR 38A WCHR|MURONG;HAORAN;MR",
            // and only in capitals
            "Meda Berg ringde.|Meda;Berg",
            // a word in capitals with no vowel; a short surname in capitals stays
            "Ryhmävaraus NSMHMJ – M/S Finnsirius|Ryhmävaraus;Finnsirius",
            "NG Wei ja LYNN Mary|NG;Wei;LYNN;Mary",
            "Kontakt: VLK Jan|Kontakt;VLK;Jan",
            // a record locator after a booking's word; a surname in capitals elsewhere stays
            "Aihe: Nimen korjaus varaukseen EMZYGJ|Aihe;Nimen",
            "Group booking EMZYGA for KORHONEN Aino|Group;KORHONEN;Aino",
            // a booking's compound names its holder, whose surname in capitals has vowels and no digit
            "Bokningsnamn LINDQVIST|Bokningsnamn;LINDQVIST",
            "Varaushenkilö KORHONEN|Varaushenkilö;KORHONEN",
            // a surname whose vowel is a syllabic consonant, as Czech writes
            "Kontakt: SMRŽ Petr|Kontakt;SMRŽ;Petr",
    })
    void takesTheModelsMarkOffACode(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = tokens.isCapitalised(t) || Characters.inCapitals(s, tokens.start(t), tokens.end(t)) && tokens.length(t) > 1;
            }
            CodesTheModelMarked.unmark(s, tokens, NameLexicon.shared(), new boolean[tokens.size()], marks);
        }, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Passenger WCHR|WCHR",
            "QUAYE SEYDOU MR, MEDA|QUAYE;SEYDOU;MR;MEDA",
            // a request right after a passenger's title, with or without the seat, though a rule read it as "Meda"
            "Row 38J: QUAYE SEYDOU MR (MEDA)|QUAYE;SEYDOU;MR",
            "MURONG HAORAN MR 38A WCHR|MURONG;HAORAN;MR",
    })
    void takesARulesMarkOffOnlyARequestAfterAPassenger(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = Characters.inCapitals(s, tokens.start(t), tokens.end(t)) && tokens.length(t) > 1;
            }
            CodesTheModelMarked.unmark(s, tokens, NameLexicon.shared(), marks.clone(), marks);
        }, text, names);
    }
}
