package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Assistants and firms named after their founders (NamedProducts), with the name tagger on: the product or firm is no
 * one's name, unless the text puts a person there; an assistant people are named after too only where the message
 * speaks of assistants or AI.
 */
class NamedProductsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alexa keeps reading out the wrong calendar on the smart speaker, says Helmi Virtanen.|Helmi;Virtanen",
            "Ask Gemini to draft it, Pekka Nieminen suggested.|Pekka;Nieminen",
            "Claude wrote the summary for Maija Korhonen; the AI missed one ticket.|Maija;Korhonen",
            "Siri ei ymmärrä murretta, valitti Tuula Laaksonen puhelimen avustajasta.|Tuula;Laaksonen",
            "Kahvit tulevat Pauligilta, kertoi Sanna Mäkelä.|Sanna;Mäkelä",
            // the assistant far better known than the people who bear its name, without talk of assistants
            "Alexa ei löydä kalenteria, sanoo Pekka Nieminen.|Pekka;Nieminen",
            "Alexa in the lobby plays carols all day, Helmi Virtanen says.|Helmi;Virtanen",
            "Juomat tilataan Hartwallilta, Outi Rinne hoitaa.|Outi;Rinne",
            // the loudspeaker or smart speaker an assistant answers from speaks of assistants
            "Siri vastaa vaikka kukaan ei puhu, Mini-kaiuttimen omistaa Outi Rinne.|Outi;Rinne",
            "Siri answers when nobody speaks; the Echo Dot is Mabel Thistlewood's.|Mabel;Thistlewood",
            "Siri svarar ur högtalaren, skriver Tove Sandell.|Tove;Sandell",
            // another assistant named in the message
            "Gemini ei osaa auttaa. Siri ei tunnista suomea, sanoo Outi Rinne.|Outi;Rinne",
            // makers of machines, coffee and software named alone
            "Tiskikone on Electroluxin, sanoi Outi Rinne.|Outi;Rinne",
            "Vi har Lavazza i automaten, skriver Tove Sandell.|Tove;Sandell",
            "Kyocera jammed again, Mabel Thistlewood reports.|Mabel;Thistlewood",
            "Snagit licence for Mabel Thistlewood please.|Mabel;Thistlewood",
            // online services named alone: social-media tools, recruitment systems, review sites
            "Käsitellyt Outi Rinne (orinne) 2026-02-14 17:23 · Sprinklr|Outi;Rinne",
            "Ticket INC0002157: candidate could not upload CV to Varbi, writes Mabel Thistlewood.|Mabel;Thistlewood",
            "Meltwater hälytti, skriver Tove Sandell.|Tove;Sandell",
            // systems of care and schools, and care firms, named alone
            "Abitti ei käynnisty koetilassa, kertoo Outi Rinne.|Outi;Rinne",
            "Tukipyyntö Abittiin lähti, kirjoitti Outi Rinne.|Outi;Rinne",
            "Nursebuddy ei synkronoi käyntejä, ilmoitti Sanna Mäkelä.|Sanna;Mäkelä",
            // a maker of two words, each listed
            "Skanneri Konica Minolta lähettää skannaukset Outi Rinteelle.|Outi;Rinteelle",
            // a firm of a common surname, where the message names no person of that surname
            "Suodatinpaperit ovat Ahlströmin, kertoi Outi Rinne.|Outi;Rinne",
            "Kortti toimitettu Outi Rinteelle (Ericsson).|Outi;Rinteelle",
            // a firm's cell after a cell that holds no given name
            "tuote;toimittaja;tilaaja\\nKahvi;Paulig;Outi Rinne|Outi;Rinne",
    })
    void keepsTheProductOrFirm(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hi Alexa, your laptop is ready.|Alexa",
            "Emma Watson approved the order.|Emma;Watson",
            "The meeting with Elina and Jasper moved to Friday.|Elina;Jasper",
            "Dr Watson called back.|Watson",
            "From: \"Paulig, Liisa\" <liisa.paulig@example.com>|Paulig;Liisa",
            "Erica Hakala soitti eilen.|Erica;Hakala",
            // a given name that an assistant bears too, in a message that does not speak of assistants
            "Erica said she cannot log in to Teams.|Erica",
            "Claude from payroll called twice about the VPN.|Claude",
            "Alexa soitti eilen lomastaan.|Alexa",
            "Siri är sjuk idag, säger Pekka Nieminen.|Siri;Pekka;Nieminen",
            "Siri Hansen fixed the speaker cable.|Siri;Hansen",
            "Siri Hansen asked Gemini for the figures.|Siri;Hansen",
            "Alexa from finance needs a new badge.|Alexa",
            // a listed system's name borne by a person beside a given name
            "Liisa Primus soitti eilen.|Liisa;Primus",
            // a common surname's case is no listed system's stem
            "Olen yhteydessä Haloseen huomenna.|Haloseen",
            // a contact list's surname cell after the given name's cell
            "etunimi;sukunimi;titteli\\nMikko;Serlachius;asentaja|Mikko;Serlachius",
            // a firm of a common surname that the message gives to a person, then names alone
            "Niilo Ahlström soitti. Ahlströmin mukaan kone on rikki.|Niilo;Ahlström;Ahlströmin",
            "Ahlström, Iida tilasi koneen.|Ahlström;Iida",
            // a word the message names as a person beside a surname is that person where it stands alone too
            "The interpreter is Bardia Mostofi. If Bardia cancels, call the agency.|Bardia;Mostofi;Bardia",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }
}
