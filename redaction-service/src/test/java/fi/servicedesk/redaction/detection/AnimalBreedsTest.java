package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A breed named after people or places is no name (AnimalBreeds); capitalised words come marked. */
class AnimalBreedsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the words before a breed's kind, written apart, joined by a hyphen or before a Finnish kind's hyphen
            "Patient: Bella (dog, Jack Russell terrier), owner Harriet Lee|Patient;Bella;Harriet;Lee",
            "Bokning: hund, Jack Russell-terrier, ägare Ebba|Bokning;Ebba",
            "Potilas: koira, Cavalier King Charles -spanieli, omistaja Pirkko|Potilas;Pirkko",
            "Breed: Gordon setter, seen by Harriet|Breed;Harriet",
            // the capitalised words after an animal's species and a comma
            "Potilas: Luna (kissa, Maine Coon), omistaja Pirkko|Potilas;Luna;Pirkko",
            // but the owner's name in the possessive or the Finnish genitive before the kind, and one word after the species
            "Harriet's terrier barked at Tom.|Harriet;Tom",
            "Pekan spanieli karkasi, kertoi Pirkko.|Pekan;Pirkko",
            "Patient: dog, Max (Harriet)|Patient;Max;Harriet",
            // a Finnish genitive before any Finnish kind, and "noutaja" written apart is also who fetches a child
            "Liisan noutaja tänään on mummo.|Liisan",
            // a person addressed after a species word, with no form's label on the line nor parentheses
            "Could you feed the cat, Anna Lee, until Friday?|Could;Anna;Lee;Friday",
    })
    void takesTheMarkOffABreed(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> AnimalBreeds.unmark(s, tokens, marks), text, names);
    }
}
