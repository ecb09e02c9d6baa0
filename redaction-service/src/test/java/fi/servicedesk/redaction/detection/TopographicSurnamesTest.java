package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopographicSurnamesTest {

    private final NameLexicon lexicon = NameLexicon.shared();
    private final PersonNameDetector detector = new PersonNameDetector(lexicon);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Voikko's compound, gradation and all
            "Koivuniemen|koivuniemi", "Honkavuorelle|honkavuori", "Kivilahdeksi|kivilahti", "Koivumäelle|koivumäki",
            // words Voikko does not read: the stem and the ending
            "Haapalammen|haapalampi", "Ruskokankaan|ruskokangas", "Haapakoskeksi|haapakoski", "Kettujärvis|kettujärvi",
            "Louhimäkeen|louhimäki",
            // no head, or no word of the land
            "Niemi|", "Koskelle|", "Kivistö|", "Zimmermann|", "Harmaa|"})
    void readsASurnameOfAWordOfTheLandInAnyCase(String word, String base) {
        assertEquals(base, TopographicSurnames.baseForm(word, 0, word.length(), lexicon.lookup(word, 0, word.length())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Alho-oja|true", "Rinta-aho|true", "Pelto-ojalle|true", "Karhu-tiimi|false",
            "Citrix-oikeudet|false", "Yli-oja|false"})
    void joinsAWordOfTheLandAtAVowelWithAHyphen(String word, boolean joined) {
        assertEquals(joined, TopographicSurnames.isJoinedAtAVowel(word, 0, word.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hän näkyy järjestelmässä Ruskokankaana.|Ruskokankaana",
            "Hänet kirjattiin järjestelmään Honkavuorena eikä oikealla nimellä.|Honkavuorena"})
    void keepsTheSurnameAsWhomSomeoneStandsInASystem(String text, String expected) {
        // The name tagger marks the word; the surname's essive after "järjestelmässä" keeps it a person's.
        assertEquals(List.of(expected), Found.inOrder(new PersonNameDetector(lexicon, NameTagger.shared()), text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // after a given name, also a double one the lists know only in parts
            "Päätös koskee Elli-Noora Honkakankaan valitusta.|Elli-Noora;Honkakankaan",
            "Asiamiehenä toimi Aino-Inkeri Koivuniemen veli.|Aino-Inkeri;Koivuniemen",
            "Behörigheter som Anna-Liisa Kettujärvis.|Anna-Liisa;Kettujärvis",
            "Kiitos, Marja-Leena Pelto-oja hoitaa tämän.|Marja-Leena;Pelto-oja",
            // a given name and a name Voikko reads only as a land's; the surname before premises, after a given name
            "Soitin Aino-Lyydia Harjuniemelle eilen.|Aino-Lyydia;Harjuniemelle",
            "Tapasimme Ville Kettulammen toimistolla.|Ville;Kettulammen",
            // a roster's or a register's surname first, before a double given name or a given name
            "ke 7–8  Nauriskangas Viljami-Sulo  D 43|Nauriskangas;Viljami-Sulo",
            "Pois muuttavat: Kauraniemi Kyllikki-Ilta, Heinäsaari Sylvi-Oili|Kauraniemi;Kyllikki-Ilta;Heinäsaari;Sylvi-Oili",
            // the surname found once, in another case elsewhere
            "Aarne Kivilahti kuoli maaliskuussa. Pyydämme Kivilahden tilin sulkemista.|Aarne;Kivilahti;Kivilahden",
            // a topic's person, after a word of the topic too
            "Subject: Ulla Honkavuori jakoi kansion kanssasi|Ulla;Honkavuori",
            "Aihe: Kulukorvaus Ilmari Kalliojärvi\\nHei, tässä kuitit.|Ilmari;Kalliojärvi",
            // a double given name of which one part no list knows, one part also a word
            "Lataus tehtiin sisarukseni Kerttu-Leopoldiina Rentukkavuoren puhelimesta.|Kerttu-Leopoldiina;Rentukkavuoren",
            "Soittaja esittäytyy Tyyni-Ulriikka Juolukkavuoreksi ja väittää olevansa teiltä.|Tyyni-Ulriikka;Juolukkavuoreksi",
            "The check-out is booked with Rauha-Ulriikka Ohdakeoja on 28 September.|Rauha-Ulriikka;Ohdakeoja",
            // a date after the name is the day of what the person did, no version
            "Työterveyshoitaja soitti Aino Rautalammelle 04.08.2027.|Aino;Rautalammelle",
            "Last edited by Jarno Kivimäki 17.6.2027.|Jarno;Kivimäki",
            "Kortti luovutettu Aino Lehtoselle 17. huhtikuuta 2027.|Aino;Lehtoselle",
            // look-alikes: places and common nouns of the land, a product's version and edition, a topic's thing
            "Kävimme Kivikosken rannalla.|",
            "Hiekkaranta oli täynnä.|",
            "Karhu-tiimi muuttaa Ouluun.|",
            "Asensimme Elisa-Viihde Kalliojärvellä eilen.|",
            "Subject: Adobe Acrobat kaatuu|",
            "Please add Rodel Bautista to Sage 50; her manager approved.|Rodel;Bautista",
            "Sent on behalf of Juha-Matti Lehto: Ruby 3.9.1 is late.|Juha-Matti;Lehto"})
    void findsTheSurnameBesideThePerson(String text, String expected) {
        List<String> names = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(names, Found.inOrder(detector, text.replace("\\n", "\n")));
    }
}
