package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rules and effects named after people (Eponyms), things named by their kind, also capitalised, and degrees
 * (NotAPerson), with the name tagger on: only the people the message is about are names.
 */
class EponymsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Winifred Harcourt blames Hanlon's razor for the outage.|Winifred;Harcourt",
            "Conway's law again, says Maija Korhonen.|Maija;Korhonen",
            // the capitalised word before the rule's name says what kind of rule it is
            "Classic Murphy's law, says Maija Korhonen.|Maija;Korhonen",
            "The router runs Dijkstra's algorithm, says Maija Korhonen.|Maija;Korhonen",
            "Reititin käyttää Dijkstran algoritmia, sanoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Nurmion esitys Huffmanin koodauksesta, sanoi Pekka Lahtinen.|Nurmion;Pekka;Lahtinen",
            "Kokous on Alvar Aallon salissa ja Kekkosen kabinetissa, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            // a compound of a hall or an arena after the genitive
            "Gaala on Sibeliuksen juhlasalissa ja Nurmen urheiluhallissa, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            // a works hall or a store hall is its owner's: only a public hall takes its namesake's genitive
            "Pekka Virtasen konehallissa sattui tapaturma.|Pekka;Virtasen",
            "Lauri Mäkisen varastohalli tulvi.|Lauri;Mäkisen",
            "Tuula Virtanen vetosi Parkinsonin lakiin.|Tuula;Virtanen",
            "Murphyn lain mukaan kaikki hajoaa, sanoi Pekka Lahtinen.|Pekka;Lahtinen",
            "It is the Dunning–Kruger effect, wrote Selamawit Bekele.|Selamawit;Bekele",
            "Elin Mickelsson booked Room Curie for us.|Elin;Mickelsson",
            "Tulostin Einstein tukkeutui, ja Helvi Markkanen soitti huoltoon.|Helvi;Markkanen",
            "Jude Law said the script is late.|Jude;Law",
            "Printer Curie jammed again. Elin Mickelsson called the vendor.|Elin;Mickelsson",
            "Projektiryhmä: DI Veera Sinisalo ja PhD Peppi Sinisalo-Pasanen.|Veera;Sinisalo;Peppi;Sinisalo-Pasanen",
            "Steering group: Giuseppe Ricciardi MSc and Tamar Lomidze.|Giuseppe;Ricciardi;Tamar;Lomidze",
            // schools, hospitals, prizes and funds named after a person, beside a person
            "Seuraava käynti: Minna Canthin koulu, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Tuula Virtanen ojensi Eino Leinon palkinnon.|Tuula;Virtanen",
            "Hakemus lähti Antti Wihurin rahastoon, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            // a memorial fund names whom it remembers; a given name before "ja" and the fund's name is a person of its own
            "Muistolahjoitus – Aino Korven muistorahasto, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Hakijat: Liisa ja Eino Hallan muistorahasto|Liisa",
            "Tulen Eino Leinon yhteiskouluun sijaiseksi, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Hän on töissä Aleksis Kiven peruskoulussa, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Lähettäjä: Frenckellin kirjapaino, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Paikka: Aleksanterin teatteri, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "Seuraava käynti: Marian sairaala, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            // a person's accusative before where they are taken stays; so does a genitive before a place of theirs
            "Pekka Lahtinen vei Marian sairaalaan.|Pekka;Lahtinen;Marian",
            "Aamulla vein Eino Virtasen kouluun, kertoi Pekka Lahtinen.|Eino;Virtasen;Pekka;Lahtinen",
            "Kävin Virtasen kotona, kertoi Pekka Lahtinen.|Virtasen;Pekka;Lahtinen",
            // a gallery after a given name is as often her phone's photo gallery; after a surname it is the founder's
            "Liisan galleria ei aukea puhelimessa.|Liisan",
            "Näyttely on Cygnaeuksen galleria, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            // a person who bears the founder's name keeps it
            "Maria Bonnier työskentelee, ja Bonnierin kustantamo maksaa, kertoi Pekka Lahtinen.|Maria;Bonnier;Bonnierin;Pekka;Lahtinen",
            "Ilta Armfelt ilmoitti samasta viasta (Armfeltin kartano).|Ilta;Armfelt;Armfeltin",
            "Apgar 8–9–10, kirjoitti Pekka Lahtinen.|Pekka;Lahtinen",
            "Waterlow 15 at admission, wrote Grace Smith.|Grace;Smith",
            // a person's name before a number stays
            "Call Braden 040 123 4567 or Grace Braden 14 Hill Road.|Braden;Grace;Braden",
            "Kustantaja on Bonnierin kustantamo, kertoi Pekka Lahtinen.|Pekka;Lahtinen",
            "She has Achilles tendinopathy, says Grace Smith.|Grace;Smith",
            "Braden score 14 at admission, wrote Grace Smith.|Grace;Smith",
            // a person's genitive before another noun stays
            "Pekka Lahtisen kone on rikki.|Pekka;Lahtisen",
            // a person's own fund or prize, a compound of the word, stays theirs
            "Anna Virtasen sijoitusrahasto on tyhjä.|Anna;Virtasen",
            "Anna Virtasen eläkerahasto siirtyi.|Anna;Virtasen",
            "Anna Virtasen myyntipalkinto tuli perille.|Anna;Virtasen",
            // diseases and lesions named after who described them, in Swedish and English; a person's genitive stays
            "Hon har Crohns sjukdom och Downs syndrom, skriver Anna Lind.|Anna;Lind",
            "He has Bell's palsy and Hodgkin lymphoma, says Grace Smith.|Grace;Smith",
            "Annas sjukdom är borta, skriver Anna Lind.|Annas;Anna;Lind",
            // a terminal and a library are a person's computer and photo collection too: in another case, or after a
            // name that is no place's, the genitive is the person's
            "Pekka Virtasen terminaalissa ei toimi tulostus.|Pekka;Virtasen",
            "Pekka Virtasen kirjasto ei synkronoidu Lightroomissa.|Pekka;Virtasen",
    })
    void findsOnlyThePeople(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
