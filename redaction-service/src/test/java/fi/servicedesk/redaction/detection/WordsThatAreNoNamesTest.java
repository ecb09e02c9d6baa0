package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words that are no names, with the name tagger on: kin words with a possessive suffix before a name
 * (KinWordsBeforeNames), function words in lower case (FunctionWordsInLowerCase), set phrases, mountains,
 * songs and tools (EponymousExpressions), cities and countries (WorldPlaces), assistants and bots after their kind
 * (NamedProducts), words in capitals (NamesInCapitals.unmarkWords); and the people beside them, who stay names.
 */
class WordsThatAreNoNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Siskoni Kerttu lainasi läppärin eilen.|Kerttu",
            // a kin word uninflected before a name, as a title stands
            "Leski Hilkka pyytää tilin sulkemista, kertoi Olavi.|Hilkka;Olavi",
            // the title of a work or a team after the word of its kind (TitlesOfWorks)
            "Romaani Emma ei aukea lukulaitteella, sanoi Pertti.|Pertti",
            "Our choir sings the song \"Layla\" and Tom says the laptop freezes.|Tom",
            "Elokuva Mary Poppins jumittaa, kertoi Pertti Koski.|Pertti;Koski",
            "Låten Vem är du spelas hela tiden, säger Tom.|Tom",
            "Kappale Kesäyö ei soi, sanoi Pertti.|Pertti",
            "Please book Anna Rantala a room for Monday.|Anna;Rantala",
            "The team Leeds United lost and Tom says the stream froze.|Tom",
            // a product written in camel case, also in a case; a name's particle before its capital
            "Kuvat ovat Sirpan OneDrivessa, kertoi Pertti.|Sirpan;Pertti",
            "Sean MacArthur called about the VPN.|Sean;MacArthur",
            // a word written with a hyphen and two capitals
            "Pertin mukaan Kaarinan Wi-Fi katkeilee.|Pertin;Kaarinan",
            "Yu-Na Kim asked about the Wi-Fi.|Yu-Na;Kim",
            // months in a list of dates, Swedish months
            "The lease renews in May, then June, Tom says.|Tom",
            "Avtalet gäller från april till augusti, säger Tom.|Tom",
            // a town where one lives, a town after a street written as one word
            "Asun Salossa ja Pertti Koski asuu Lahdessa.|Pertti;Koski",
            "Kontoret ligger på Hamngatan 12, Kemi har reservdelarna, säger Tom.|Tom",
            // a Swedish title before a name; a function word opening the paragraph below a greeting
            "Hej! Ingenjör Stina Berg och Tom kommer.|Stina;Berg;Tom",
            "Hej,\\n\\nmin svärmor Stina Berg kommer inte in.|Stina;Berg",
            "Äitini Raili ei pääse verkkopankkiin.|Raili",
            "Vaimoni Helka Rantanen soitti aamulla.|Helka;Rantanen",
            "[09:12] oona: yep, and tapio has a spare dock|oona;tapio",
            "[11:40] selja: jepp, kan fråga jarmolta om skärmen|selja;jarmolta",
            "[08:05] veera: mä laitoin sen jo Pirkolle|veera;Pirkolle",
            "soita mulle numeroon, kysyin sulta jo, Soili|Soili",
            "hi its kevin again, sam said to ask u about the vpn|kevin;sam",
            "Ingvald vill att Soili har sina konton klara.|Ingvald;Soili",
            "The wallpaper on Tuomas's screen is the Mona Lisa.|Tuomas",
            "Stop robbing Peter to pay Paul, Hannele said.|Hannele",
            "Our team climbed Ben Lomond in May, Oskari organised it.|Oskari",
            "Joku soittaa kokoushuoneessa, siellä soi Hymyilevä Apollo taas.|",
            "The intranet is built with Jekyll, ask Rauni.|Rauni",
            "Sivusto tehdään Hugolla, Veikko tietää lisää.|Veikko",
            "Contacts: Rosalind Quayle (Tallinn), Emrys Jenner (Vilnius).|Rosalind;Quayle;Emrys;Jenner",
            "Our office in Bratislava opens on Monday, says Ines.|Ines",
            "The meeting-room Alexa keeps answering Saara.|Saara",
            "Chatbotti Jarvis vastaa öisin, Topias valvoo sitä.|Topias",
            // words of an SMS in capitals: verbs, adverbs and participles, also typed without ä and ö, and English nouns
            "SAAPUNUT: HEI TASSA SAIF EN PAASE OMAAN TILIIN. TOIVOLAN MUKAAN PITAA SOITTAA VEIJOLLE|SAIF;TOIVOLAN;VEIJOLLE",
            "SMS 11:07: DID ILMO GET THE FORM? PLEASE POST IT TO GRACE CHEESEMAN|ILMO;GRACE;CHEESEMAN",
            "SOITA MATTI VIRTANEN 0401234567 HETI KUN VPN JA TEAMS TOIMII|MATTI;VIRTANEN",
            // a surname in capitals that is a noun or an adjective in -nen stays a name
            "07:37 OVI B2 OK kortti 0030 (JÄNIS TAUNO)|JÄNIS;TAUNO",
            "SUKUNIMI: HÄMÄLÄINEN|HÄMÄLÄINEN",
            "Efternamn: TÄHTINEN, förnamn: HELKA|TÄHTINEN;HELKA",
    })
    void keepsOnlyThePeople(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a function word that is someone's name, after a word that names a person
            "[10:02] aino: cheers, kysy mina about the dock|aino;mina",
            "[10:03] mina: yep, on it|mina",
            "Ben Nevisson from payroll called.|Ben;Nevisson",
            "Sydney Virtanen approved it.|Sydney;Virtanen",
            "Hi Jordan, the laptop is ready.|Jordan",
            "Peter and Paul both need VPN access.|Peter;Paul",
            "Jarvis Holt climbed the ladder to fix the access point.|Jarvis;Holt",
            "Veljeni kaveri Jori Lampinen soitti.|Jori;Lampinen",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
