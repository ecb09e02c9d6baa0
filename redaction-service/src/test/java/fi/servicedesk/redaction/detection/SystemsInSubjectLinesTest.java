package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemsInSubjectLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // one word, the words either side of an arrow, a word no one is called
            "Aihe: Matkalasku palautui (Rydoo)\\n\\nHei Aino|Hei;Aino",
            "Ylityöt eivät siirry (Coupa → Heeros Palkat)|",
            "Aihe: Palkka puuttuu (Sage 200)|",
            "Soittopyynnöt (Aurora Billing)|",
            // a person: a full name, a lone name, a word in lower case, capitals, or a line that is no subject
            "Aihe: Käyttöoikeus (Pekka Virtanen)|Pekka;Virtanen",
            "Aihe: Uusi työntekijä aloittaa (Virtanen)|Virtanen",
            "Aihe: Lomalla (Lan sijaisena)|Lan",
            "Aihe: Palkka (Pekka-Matti AL-HASHIMI)|Pekka-Matti",
            "Hei,\\nkysy Eliotilta (Eliot)|Eliot",
            // a given name with an initial or with the person's team
            "Aihe: Salasanan vaihto (Mikko K)|Mikko",
            "Subject: Onboarding laptop (Anna HR)|Anna",
            "Ämne: Ny telefon (Ebba IT)|Ebba",
    })
    void takesTheMarkOffASystemClosingTheSubject(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            // the words before the parentheses stand for the subject's own words, which no rule marked
            int open = s.indexOf('(');
            for (int t = 0; t < tokens.size() && tokens.start(t) < open; t++) {
                marks[t] = false;
            }
            SystemsInSubjectLines.unmark(s, tokens, words, marks);
        }, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Pekka Virtanen (Rydoo)|Pekka;Virtanen;Rydoo",
    })
    void leavesTheParenthesesOfALineThatNamesAPerson(String text, String names) {
        MarkedWords.assertStay(SystemsInSubjectLines::unmark, text, names);
    }
}
