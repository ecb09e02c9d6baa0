package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // "nro" and "nr" after a consonant abbreviate a number's label
            "Kirjattu Dnro 58/2025 Veikolle.|Kirjattu;Veikolle",
            "\"| Asnro | Asiakas |\"|Asiakas",
            "Kundnr 77 gäller Ragnvald.|gäller;Ragnvald",
            // names that end so after a vowel stay
            "Alasdair Munro ja Hattie Monro soittivat.|Alasdair;Munro;ja;Hattie;Monro;soittivat",
    })
    void takesTheMarkOffANumbersLabel(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> NumberLabels.unmark(s, tokens, marks), text, names);
    }
}
