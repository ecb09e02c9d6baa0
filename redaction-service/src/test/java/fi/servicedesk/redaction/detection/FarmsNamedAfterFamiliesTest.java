package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A farm's, an estate's or a dairy's family name is no one's (FarmsNamedAfterFamilies); capitalised words come marked. */
class FarmsNamedAfterFamiliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a Finnish genitive before a farm's word, in any case, and a compound of a farm's kind
            "Käynti: Koivulan tila, emäntä Eeva Aho.|Käynti;Eeva;Aho",
            "Kuljetus Ala-Hautalan tilaan ja Kiviojan karjatilalta; Rekolan tila maksaa.|Kuljetus",
            // bare "tila" in the adessive, allative or ablative is the postposition: in the person's place
            "Saako Aino oikeudet Amedin tilalle?|Saako;Aino;Amedin",
            "Sopimus: Kokkilan maitotila ja Haapalan luomutila.|Sopimus",
            // the person's own: a given name's genitive, a full name's, and a surname in -nen before bare "tila"
            "Pekka Koivulan tila on myynnissä.|Pekka;Koivulan",
            // bare "tila" is a status too: a farm's only in a message about farming
            "Tarkistin Heikkilän tilan järjestelmästä, tunnus on lukittu.|Tarkistin;Heikkilän",
            "Tilamyymälän kassa: Koivulan tila, 12 €.|Tilamyymälän",
            "Tarkistin Heikkilän tilan, soita Keiko Sato.|Tarkistin;Heikkilän;Keiko;Sato",
            "Matin tila heikkeni yöllä.|Matin",
            "Potilas Virtasen tila on vakaa.|Potilas;Virtasen",
            // a compound of another kind is a space: a person's storage
            "Koivulan tallennustila loppui.|Koivulan",
            // the same surname as a person in another form stays the person's; as written it keeps its mark
            "Käynti ei koske Urho Kokkilaa, vaan Ala-Kokkilan maitotilaa.|Käynti;Urho;Kokkilaa",
            "Tila Rekolan tila, 40 lehmää; soita Aino Rekolan numeroon.|Tila;Rekolan;Aino;Rekolan",
            // Swedish farms after a genitive in s, and a farm in its definite genitive
            "Hedvig Västergård på Västergårds lantbruk, Nybackas gård, Östergårds mjölkgård.|Hedvig;Västergård",
            "Leverantör: Mellangårdens mjölk, kontakt Ebba Falk.|Leverantör;Ebba;Falk",
            // a given name's genitive or one after a given name is a person's farm
            "Tack till Annas gård och Anna själv.|Tack;Annas;Anna",
            "Eva Lunds gård har sålts.|Eva;Lunds",
            // English farms, dairies and a family's barton
            "Holding: Lower Trewen Farm, Ashgrove Dairy; neighbour Blandfords Farm.|Holding;Lower",
            "VISIT Tregarthens Barton: farmer Aune Kotavaara, nothing from Rauha Tregarthen.|Aune;Kotavaara;Rauha;Tregarthen",
            // a farm's word that is a surname too, after no possessive, and a person's full name before a farm's word
            "Ask Joey Barton and Lara Croft about it.|Ask;Joey;Barton;Lara;Croft",
            // a surname the lexicon knows in "s" is no family's plural, and a farm's word that is a surname too needs
            // a message about farming
            "Please forward to Jones Mill, he handles payroll.|Please;Jones;Mill",
            "Please forward to Tregarthens Mill, he handles payroll.|Please;Tregarthens;Mill",
            "Subject: Anna Virtanen Farm visit|Subject;Anna;Virtanen;Farm",
            // a farm's name a person bears as written keeps its mark
            "Darwin Farm was sold by Charles Darwin.|Darwin;Charles;Darwin",
    })
    void takesTheMarkOffAFarmsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> FarmsNamedAfterFamilies.unmark(s, tokens, words, marks), text,
                names);
    }
}
