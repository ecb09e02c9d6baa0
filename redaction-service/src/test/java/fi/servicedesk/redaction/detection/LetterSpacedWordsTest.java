package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word written letter by letter (LetterSpacedWords), with the name tagger on: a spelt name, or a heading. */
class LetterSpacedWordsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V A L T A K I R J A / Valtuutan Sari Korhosen hakemaan koneeni.|Sari;Korhosen",
            "A U T H O R I S A T I O N / I authorise Hannah Whitcombe to collect my laptop.|Hannah;Whitcombe",
            "Caller: hi it's Sara Ahonen. Bot: Spell your first name? Caller: S A R A|Sara;Ahonen;S A R A",
            "Caller: it's Honey Moreau. Bot: Spell it? Caller: M O R E A U|Honey;Moreau;M O R E A U",
    })
    void findsOnlyTheNames(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @Test
    void aSpeltNameSharesTheNamesValue() {
        var values = Found.findings(detector, "Caller: it's Honey Moreau. Bot: Spell it? Caller: M O R E A U").stream()
                .map(Finding::value).toList();
        assertEquals(3, values.size(), values.toString());
        assertEquals(values.get(1), values.get(2));
    }
}
