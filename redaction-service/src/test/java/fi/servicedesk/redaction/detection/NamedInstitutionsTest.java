package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Buildings, institutions, prizes, charities, newspapers and firms named after people or places (NamedInstitutions),
 * with the name tagger on:
 * the name before the kind's word is the institution's, unless a word that names a person comes before it.
 */
class NamedInstitutionsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The VPN of Aalto University drops every hour, says Helmi Virtanen.|Helmi;Virtanen",
            "Routers at Churchill House need a reboot; Pekka Nieminen has the keys.|Pekka;Nieminen",
            "Maija Korhonen donated to Alzheimer's Society.|Maija;Korhonen",
            "Projectors at Roosevelt High are down, says Maija Korhonen.|Maija;Korhonen",
            // schools, a firm's forum, newspapers, a firm named by a place and its business
            "Utbildning: datanomi, Åbo Akademi\\nReferenser: Tove Sandell|Tove;Sandell",
            "Kvarnby Community › Billing, wrote Mabel Thistlewood.|Mabel;Thistlewood",
            "Mabel Thistlewood\\nReporter, Computer Weekly|Mabel;Thistlewood",
            "Outi Rinne\\ntoimittaja, Aamulehti|Outi;Rinne",
            "Teen juttua (Ilta-Sanomat) katkoista, kirjoittaa Outi Rinne.|Outi;Rinne",
            "Tove Sandell, reporter på Hufvudstadsbladet|Tove;Sandell",
            "– Mele, Nordvik Energi|Mele",
            "Pekka Nieminen jobbar på Kvarnby Bygg.|Pekka;Nieminen",
            // a Swedish school, hall or hospital of one word, a centre or a city block before its name, a site
            "Nästa besök: Topeliusskolan. Tekniker: Tove Sandell|Tove;Sandell",
            // a Swedish street, farm or depot written as one word with its namesake; the namesake's kin stays
            "Hållplats Topeliusgatan; Tove Topelius ärende är ett annat.|Tove;Topelius",
            "Dopet firas på Sucksdorffgården, säger Tove Sandell.|Tove;Sandell",
            // a Swedish pier, quay, harbour, yard, lighthouse, islet or point written as one word with its namesake
            // with its namesake's kin
            "Båtplats vid Runebergsbryggan; Tove Runeberg har ingen plats.|Tove;Runeberg",
            "Vi flyttar båten till Chydeniusholmen; Tove Chydenius har ingen plats.|Tove;Chydenius",
            "Vinterförvaring vid Topeliusudden; Tove Topelius har ingen plats.|Tove;Topelius",
            "Skolresan går till Snellmanhamnen, inte till Tove Snellman.|Tove;Snellman",
            "Tove Sandell jobbar på Karolinska Universitetssjukhuset.|Tove;Sandell",
            "Kohde: Kauppakeskus Iso Omena, isännöitsijä Pekka Nieminen|Pekka;Nieminen",
            "Objekt: Kv. Gustav Vasa 3, fastighetsskötare Tove Sandell|Tove;Sandell",
            "Site: Victoria Plaza, contact Pekka Nieminen|Pekka;Nieminen",
            "Nästa besök: Gustav Vasa skola, tekniker Tove Sandell.|Tove;Sandell",
            // a word of the kind's or a king's number between the name and the kind
            "Helmi Virtanen, Headteacher, Queen Elizabeth's Grammar School|Helmi;Virtanen",
            "Device loan – King Edward VI School\\nPupil: Helmi Virtanen|Helmi;Virtanen",
            "Dear colleagues,\\n\\nTampere Welcome Services is handling the relocation of Helmi Virtanen.|Helmi;Virtanen",
            // a tradesman's or an agent's firm named by its founder and its trade
            "Queries: Helmi Virtanen, Florence Lettings, 0800 123 4567|Helmi;Virtanen",
            "The locks were changed by Nelson Locksmiths; Pekka Nieminen paid.|Pekka;Nieminen",
            "Invoice from Archie's Plumbing Ltd for the leak. Tenant: Helmi Virtanen|Helmi;Virtanen",
            "Kingsley Fibre Installs will fit the router, says Maija Korhonen.|Maija;Korhonen",
            "Queries: Helmi Virtanen, Victoria Block Management, 0161 878 0022|Helmi;Virtanen",
            // a body shop, a mutual insurer and a shop named by their founders, a repair shop, an insurer or a hospital
            // named after its kind's word
            "Contractor: Stanley Accident Repair, Elia Tikkala, 071 067 5925|Elia;Tikkala",
            "- recovered to Victoria Body Repairs (contact Arnas Kalvaitis)|Arnas;Kalvaitis",
            "Receipt from Bella's Boutique; their contact Helmi Virtanen|Helmi;Virtanen",
            "Copy: Helmi Virtanen, Albion Mutual|Helmi;Virtanen",
            "kopio Anitta Kotilalle, Lasikorjaamo Kotila|Anitta;Kotilalle",
            // a person's full name after a compound kind is the contact there
            "Kiinteistöhuolto Pekka Mäkinen, p. 040 123 4567|Pekka;Mäkinen",
            "asiaa hoitaa Helmi Virtanen, Vakuutusyhtiö Pohjantähti|Helmi;Virtanen",
            "Hospital: Hôpital Pasteur Nice, contact Helmi Virtanen|Helmi;Virtanen",
            // a carrier named by its founder and its trade; the founder's namesake in another form stays
            "The sender is Bramhalls Haulage, not Tom Bramhall.|Tom;Bramhall",
            "Retur från Tengström Frakt och Kihlman Cargo, kontakt Tove Sandell.|Tove;Sandell",
            // an English word between the name and the kind, also where it is a surname
            "Returned to Fenwick Branch Library; contact Ruth Okafor.|Ruth;Okafor",
            // a Swedish library after its namesake's full name in the genitive, a room joined to the namesake's name,
            // a library and a terminal of one word
            "Reservation – Anna Weckströms Bibliotek. Låntagare: Tove Sandell|Tove;Sandell",
            "Reservation – Anna Weckströms bibliotek i Kotka. Låntagare: Tove Sandell|Tove;Sandell",
            // a carrier's distribution after a plural genitive or before a legal form
            "Shipped by Bramhalls Distribution and Kihlman Distribution Oy, contact Tove Sandell.|Tove;Sandell",
            "Bokning: Edith Södergran-rummet, kontakt Tove Sandell.|Tove;Sandell",
            "Paketet gick via Kuhlefeltterminalen till Stadsbiblioteket, säger Tove Sandell.|Tove;Sandell",
    })
    void keepsTheInstitution(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please ask Victoria House about the invoice.|Victoria;House",
            "Soita Jukka Lehdelle huomenna.|Jukka;Lehdelle",
            "Emily Post wrote the etiquette guide.|Emily;Post",
            // a name after a word that only ends like a centre, and a surname after a given name before a kind
            "Keskus Pekka Niemiselle.|Pekka;Niemiselle",
            "Hi Victoria, Plaza keys are at the desk.|Victoria",
            "I saw Chance Tower near the lifts.|Chance;Tower",
            "Tove Sandells skola stänger i dag.|Tove;Sandells",
            "Mvh Lars Holmen och Per Udden|Lars;Holmen;Per;Udden",
            "Ann Nelson from Nelson Locksmiths called.|Ann;Nelson",
            // a person's library in SharePoint and a person's distribution list are theirs (the list's word goes with the name)
            "Anna Bergs bibliotek i SharePoint synkar inte.|Anna;Bergs",
            "Tom Reed Distribution list is missing.|Tom Reed;Distribution",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a clinic's or an animal hospital's compound before the name it bears, also when a person bears it too
            "Lähete: Eläinlääkäriasema Herriot, soita Helka Herriotille.|Lähete;Helka;Herriotille",
            "Ajanvaraus Eläinklinikka Tassula, Espoo, kysy Pirkolta.|Ajanvaraus;Espoo;Pirkolta",
            "Remiss från Djurkliniken Herriot till Ebba.|Remiss;Ebba",
            "Tidsbokning – Djursjukhuset Blå Stjärnan, hälsar Ebba.|Tidsbokning;Ebba",
            // a Swedish clinic's compound and a vets' practice after the name
            "Remiss: Herriot Smådjursklinik, Ebba Herriot ringer.|Remiss;Ebba;Herriot",
            "Booked at Goddards Vets by Harriet.|Booked;Harriet",
            // a person's full name after a clinic's compound is its contact's
            "Eläinklinikka Pekka Mäkinen, p. 040 123 4567|Pekka;Mäkinen",
    })
    void takesTheMarkOffAClinicAndItsName(String text, String names) {
        MarkedWords.assertStay(NamedInstitutions::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // after a preposition of place, or beside the namesake it is named after: the place's
            "Båten ligger vid Runebergsbryggan i vinter.|Båten",
            "Edvin Bellmans kod gäller inte Bellmansholmen.|Edvin;Bellmans",
            "Moored at Wecksellbryggan, says Tove.|Moored;Tove",
            // a surname of the same ending alone in a list, after initials or a given name: the person's
            "Bevakare: Tjärviken, Maja-Sanna, 050 467 8710|Bevakare;Tjärviken;Maja-Sanna",
            "Hälsningar från S.-B. Flottviken|Hälsningar;Flottviken",
            "Hälsningar från Anna Strandholmen|Hälsningar;Anna;Strandholmen",
            "Tack!\\nAskudden|Tack;Askudden",
    })
    void readsAWaterfrontWordAsAPlaceOnlyInAPlacesContext(String text, String names) {
        MarkedWords.assertStay(NamedInstitutions::unmark, text, names);
    }
}
