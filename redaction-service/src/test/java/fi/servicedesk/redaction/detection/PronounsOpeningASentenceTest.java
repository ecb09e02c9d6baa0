package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PronounsOpeningASentenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a personal pronoun opening a sentence before its verb
            "She is out until tomorrow.|",
            "He is away this week. They are off today.|",
            "Hän on lomalla ja palaa maanantaina.|",
            "Mä en pääse sisään. Se on rikki.|",
            // spoken Finnish's genitive before what it owns
            "Mun näppäimistöstä puuttuu näppäin. Sun uus puhelin on valmis.|",
            // a Swedish one in a Swedish sentence
            "Han är sjuk idag.|",
            "Hon har licens via regionen.|",
            "Min dator startar inte.|",
            "Vår skrivare är trasig.|",
            // German's and French's that are no names
            "Ich bin heute krank. Nous avons un problème.|",
            // beside another name it is one
            "Han Solo is out today.|Han;Solo",
            "He Wei said the VPN is down.|He;Wei",
            // a Swedish pronoun in an English sentence is a name
            "Min is out until tomorrow.|Min",
            "Han said the printer works.|Han",
            // Hans is a given name as often as a possessive
            "Hans dator startar inte.|Hans",
            // not opening a sentence, or before a capitalised word
            "Soitin eilen Hän kanssa.|Soitin;Hän",
            "She Lee called.|She;Lee",
    })
    void takesTheMarkOffAPronounOpeningASentence(String text, String names) {
        MarkedWords.assertStay(PronounsOpeningASentence::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // German's polite pronoun wherever it stands in a German sentence, even beside a name
            "Bitte geben Sie Anahera Tipene Zugriff auf das Laufwerk.|Bitte;Anahera;Tipene;Zugriff;Laufwerk",
            "Iinu Tammioja ruft Sie morgen an.|Iinu;Tammioja",
            // a Sie in a sentence of another language is a name
            "Sie Ling approved the order.|Sie;Ling",
            "Soitin eilen Sie Lingille.|Soitin;Sie;Lingille",
            "Sie Ling ringde i går.|Sie;Ling",
    })
    void takesTheMarkOffGermansPolitePronoun(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> PronounsOpeningASentence.unmarkGermanPolite(s, tokens, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She is out until Monday, ask Tom Whitfield.|She is out until Monday, ask [NAME_1] [NAME_2].",
            "Hän on lomalla, soita Sanna Vuoriselle.|Hän on lomalla, soita [NAME_1] [NAME_2].",
            "Han är sjuk idag. Ring Ulrika Berg.|Han är sjuk idag. Ring [NAME_1] [NAME_2].",
    })
    void aRedactedMessageKeepsItsPronouns(String text, String redacted) {
        assertEquals(redacted, new Redactor().redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text());
    }
}
