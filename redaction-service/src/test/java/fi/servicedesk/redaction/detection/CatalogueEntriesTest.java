package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Works and their bylines as a loan list, a hold or a fine writes them are no one's names (CatalogueEntries);
 * capitalised words come marked.
 */
class CatalogueEntriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a bulleted list of works: each item with its own ISBN, class number, material or byline is a work, no sibling
            "Lainat:\\n- Ella ja kaverit (85.2)\\n- Heinähattu ja Vilttitossu, e-kirja\\n- Canth, Minna: Anna Liisa, 978-184-94-0674-1\\n\\nPoikani Matti Aho palauttaa.|Lainat;Ella;Poikani;Matti;Aho",
            "- Jane Eyre / Charlotte Brontë (942.081)\\n- Matilda / Roald Dahl, large-print book\\nMy daughter Ann Lee returns them.|My;Ann;Lee",
            "- Tegnér, Esaias: Frithiofs saga (Hc.02)\\n- Mio, min Mio, e-bok|",
            "- Oliver Twist (F/HAR)|",
            "Lainasi:\\n1. Anna Liisa / Minna Canth, ISBN 9789510123456\\n2. Vaahteramäen Eemeli\\n3) Ronja, ryövärintytär|Lainasi;Vaahteramäen;Eemeli;Ronja",
            "Kiitos!\\n12. Anna Berg\\n2026. Matti Aho, ISBN 9789510123456|Kiitos;Anna;Berg;Matti;Aho",
            "- Sillanpää, F. E.: Nuorena nukkunut, ISBN 9789510123456|",
            // a list of people is no list of works, whatever their words
            "- Anna Berg (7.5)\\n- Matti Aho, Facebook\\n- Liisa Ek, notebook|Anna;Berg;Matti;Aho;Facebook;Liisa;Ek",
            "Vastuuhenkilöt:\\n- Jane Austen (84.2)\\n- Emma Berg|Vastuuhenkilöt;Jane;Austen;Emma;Berg",
            // minutes, a log or a guest book is no material a library lends
            "Tehtävät:\\n- Anna Virtanen, esityslista\\n- Pekka Korhonen, pöytäkirja|Tehtävät;Anna;Virtanen;Pekka;Korhonen",
            "Ansvar:\\n- Eva Lind, loggbok\\n- Karl Berg, nycklar\\n- Ola Ek, gästbok|Ansvar;Eva;Lind;Karl;Berg;Ola;Ek",
            // each item is a work by its own mark, and a borrower before a colon is no byline
            "Noudettavat:\\n- Tuntematon sotilas, ISBN 9789510123456\\n- Maija Virtanen, 3 varausta|Noudettavat;Maija;Virtanen",
            "Myöhässä olevat lainat:\\n- Maija Virtanen: Anna Liisa (e-kirja)\\n- Pekka Korhonen: Seitsemän veljestä (DVD)|Myöhässä;Maija;Virtanen;Pekka;Korhonen",
            "Yhteyshenkilöt:\\n- Anna Virtanen, HR: Työsuhde\\n- Pekka Korhonen / IT|Yhteyshenkilöt;Anna;Virtanen;Työsuhde;Pekka;Korhonen",
            // a label's works, parted by semicolons, up to a clause or a number (the label is no work)
            "Noudettavissa: Peppi Pitkätossu, varaushylly 12, 3.5.2026 asti|Noudettavissa",
            "Item: Mrs Dalloway / Virginia Woolf, on holds shelf 4 until 3 May|Item;May",
            "Items: Matilda (audiobook); Percy Jackson and the Lightning Thief|Items",
            "Aineistot: Anna Liisa (DVD); Vaahteramäen Eemeli; e-kirja|Aineistot",
            "Att hämta: Lindgren, Astrid: Ronja rövardotter, hylla 3A|Att",
            "Teos: Parvela, Timo: Ella ja kaverit, 9789510000000, 2019|Teos",
            "Item: Laptop for Anna Berg|Item;Laptop;Anna;Berg",
            "Items: Matilda / Roald Dahl, 2019; Anna Berg collects them|Items;Anna;Berg",
            "Får hämta: Anna Berg|Får;Anna;Berg",
            // a ticket's or minutes' generic label is a work's only when its value carries a catalogue's mark or byline
            "Title: Anna Virtanen cannot log in to Outlook|Title;Anna;Virtanen;Outlook",
            "Item: Anna Virtanen to renew the licences by Friday.|Item;Anna;Virtanen;Friday",
            "Titel: Eva Lind; Karl Berg|Titel;Eva;Lind;Karl;Berg",
            // a fee's or lending's word before the work
            "12 March 2026 overdue Matilda / Roald Dahl £3.40|March",
            "1.2.2026 myöhästymismaksu Canth, Minna: Anna Liisa 2,40 €|",
            "Ohjelma: Aino Berg lukee. Lainattavissa myös Sillanpää, F. E.: Nuorena nukkunut. Palkkio 400 €.|Ohjelma;Aino;Berg;Lainattavissa;Palkkio",
            "Anna will read and sign copies; also on the stand: Emma / Jane Austen. Fee £200.|Anna;Fee",
            "Also on the stand: Emma / Jane Austen. Fee GBP 20. Venue is Studio 2; Olli Berg has no part.|Also;Fee;Venue;Studio;Olli;Berg",
    })
    void takesTheMarkOffTheWork(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> CatalogueEntries.unmark(s, tokens, marks), text, names);
    }
}
