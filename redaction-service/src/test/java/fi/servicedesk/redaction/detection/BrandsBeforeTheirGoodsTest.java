package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name before a noun of goods is the maker's brand (BrandsBeforeTheirGoods); capitalised words come marked. */
class BrandsBeforeTheirGoodsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "The leaving party served Gallo wine, said Ebba.|The;Ebba",
            "The new workwear includes Levi's jeans.|The",
            "Pekka brought Heinz ketchup.|Pekka",
            // a colleague's coffee in the possessive, and a name beside another name, stay
            "Water on Pekka's coffee mug.|Water;Pekka",
            "Pekka spilled Anna's coffee on the keyboard.|Pekka;Anna",
            "Mary Gallo wine order|Mary;Gallo",
            // a person's name before other nouns stays
            "Pekka's laptop is slow.|Pekka",
    })
    void takesTheMarkOffTheBrand(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> BrandsBeforeTheirGoods.unmark(s, tokens, marks), text, names);
    }
}
