package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A card's number is no phone, read through {@link PhoneDetector}. */
class NumbersOnCardsTest {

    private final PhoneDetector detector = new PhoneDetector();

    /** The number a card's word gives right before it, a code in capitals between them, or an id printed in fours after its code. */
    @ParameterizedTest
    @ValueSource(strings = {
            "kan ni förnya mina lån? Lånekort 0878428295.",
            "Voisitteko uusia ne? Kirjastokortti 0379937934.",
            "unohdin PIN-koodini. Kortti 0819815311, Lauri Vahtolan kirjasto.",
            "MESIMARJASALO Tuomas-Aatu, card 0473086861",
            "DANJUMA-LAWAN Umaru Abdullahi, card LIB 0385 6563 5090",
            "Kortti LIB 7268 5291 7938, lapsen PIN 6577",
            "Omistaja tunnistettu kirjastokortista LIB 0266 6041 6294",
            "Låntagare: Edgars Jānis Ozoliņš-Zariņš (LIB 0511 3496 2724)",
            "sukunimi;etunimi;kortti;puhelin\nMuikkusaari;Fredrikki-Niilo;0018225329;+243816762425",
            // the new card's number after the old card's word in its sentence
            "- Asiakas kysyi kadonneesta kortistaan; kortti suljettu, uusi 0670844575.",
    })
    void leavesACardsNumber(String text) {
        assertEquals(List.of(), Found.in(detector, text).stream().filter(number -> !number.startsWith("+")).toList());
    }

    /** A number after a comma, a SIM card's or a business card's, and one dialled with its country code stay phones. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Voiko varaukseni noutaa Sixten? Hänellä on oma kortti, 040 555 1234. Kiitos!|040 555 1234",
            "Uusi SIM-kortti 040 555 1234 aktivoitu.|040 555 1234",
            "Business card: 040 555 1234|040 555 1234",
            "Lånekort +358 40 555 1234|+358 40 555 1234",
            // a new one where no card's word stands in the sentence, or only in the one before
            "Vanha puhelin hajosi, uusi 040 555 1234.|040 555 1234",
            "Kortti suljettu. Uusi 040 555 1234 on Annan.|040 555 1234",
            "SIM-kortti vaihdettu, uusi 040 555 1234.|040 555 1234",
            // a card's word beside a phone's or a SIM card's in the sentence: the new one may be the phone's
            "Puhelin varastettiin ja kortti suljettiin, uusi 0401234567|0401234567",
            "Vaihdoin SIM-kortin ja kortin, uusi 0401234567|0401234567",
            // a card's word far before the new one
            "Kortti jonka sain viime vuonna kotiin postissa, uusi 040 555 1234.|040 555 1234",
    })
    void keepsAPhone(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }
}
