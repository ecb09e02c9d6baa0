package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameDetectorTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Lähetä tämä Hirvoselle huomenna|Hirvoselle",
            "Puhuin Jarmon kanssa eilen|Jarmon",
            "esimieheni Peltonen hyväksyi sen|Peltonen",
            "Kiitos Annika!|Annika",
            "kysyin asiaa jarmolta|jarmolta",
            "cc: Sven Smithson|Sven;Smithson",
            "Regards,\\nMichael O'Brien|Michael;O'Brien",
            "my manager Jessica Kowalski approved it|Jessica;Kowalski",
            "Tämä koskee Annika Oksasen tiliä|Annika;Oksasen",
            "Harjun kone ei käynnisty|Harjun",
            "Mr Vesala needs access|Vesala",
            "hei tuija, soita huomenna|tuija",
            "Anna Laine soitti|Anna;Laine",
            "Megan's laptop will not boot|Megan",
            "Olen Olivia Fischer, soitan huomenna|Olivia;Fischer",
            "The request came from Brayden McKinney yesterday|Brayden;McKinney",
            "Please forward it to Jaxon, he owns the laptop|Jaxon",
            "Wyatt Stone set up the printer|Wyatt;Stone",
            "Kysy Hope Donnellylta|Hope;Donnellylta",
            "Could you call Jarmo?|Jarmo",
            // a label's value alone after its colon stays a name, an English word too
            "Approver: Hope\\nReviewer: Joy Baker|Hope;Joy;Baker",
            "Yhteyshenkilö: Anna Laine\\nViesti: Anna soitti eilen|Anna;Laine;Anna",
            // a role and an English word in parentheses after a speaker are the speaker's team, a name there stays
            "14:52 Aino Virta (Customer Service): Hi there, I have sent the code.|Aino;Virta",
            "Chat started by Visitor (Dafydd) at 14:50|Dafydd",
            // and before "from" and where they are from, a person again, not the speech a speaker's colon opens
            "Caller: Grant from payroll rang|Grant",
            "Reported by: Frank from accounts|Frank",
            // a Swedish verb the English noun list holds is no thing named after the name before it
            "Bengt var på kontoret i går.|Bengt",
            "Signe tar hand om det.|Signe",
            // a capitalised Finnish word after a full name whose given name only the lists know is no surname
            "Täällä Emre Kaya Henkilöstöhallinnosta, soitan myöhemmin.|Emre;Kaya",
            // two given names joined by an ampersand are two people, not a firm
            "Please add Heikki & Jussi from the Oulu team to the Kemi share.|Heikki;Jussi",
            // and so are two full names, or a given name beside a full name, in Finnish, English and Swedish
            "Anna Virtanen & Pekka Lehtonen tulevat.|Anna;Virtanen;Pekka;Lehtonen",
            "Sarah Jones & Mark Smith will come.|Sarah;Jones;Mark;Smith",
            "Kiitos, Anna & Pekka Virtanen!|Anna;Pekka;Virtanen",
            "Deltagare: Karin Lindqvist & Johan Berg|Karin;Lindqvist;Johan;Berg",
            "Attendees: Sarah Jones & Mark, Leena|Sarah;Jones;Mark;Leena",
            // the layout: the line after a closing, also after an initial, and a sentence before the closing
            "Best,\\nFaith|Faith",
            "Terveisin\\nT. Kask\\nIT-tuki|T. Kask",
            "Kiitos!\\nJ-P Peltola|J-P Peltola",
            "Thanks for looking. Best,\\nAbdi Warsame, 040 123 4567|Abdi;Warsame",
            "Sent from my phone\\nHarper Okafor|Harper;Okafor",
            // a surname after an initial inside a sentence
            "The laptop was handed to T. Gray yesterday|T. Gray",
            // a chat mention
            "@Katja voitko katsoa?|Katja",
            "kiitos @jouni|jouni",
            // a word of an address's local part in the same message
            "To: Wesley Cook <wesley_cook@example.org>|Wesley;Cook",
            "Vastaanottaja: Heikki Rinne <hrinne@example.fi>|Heikki;Rinne",
            // another mention of a name found once, and a name joined to one
            "Osallistujat: Katja Kivi, Heikki ja Kivi.|Katja;Kivi;Heikki;Kivi",
            "Waiting on Heikki and Abdi to sign off|Heikki;Abdi",
            // person cues take a capitalised ordinary word, or a given name in lower case
            "Spoke to Gray in accounting|Gray",
            "Esihenkilöni Rinne pyysi sitä|Rinne",
            "Soitin Kivelle kahdesti|Kivelle",
            "Best,\\nAbdi (on behalf of Hardy)|Abdi;Hardy",
            "ping faith re the order|faith",
            "ask will about the licence|will",
            "kysyin jo toivolta, ei tiennyt|toivolta",
            "thx derek, works now|derek",
            // a genitive before a postposition of persons; Finnish endings on listed foreign names
            "Päivitin Kaskin tiedot eilen|Kaskin",
            "Kone on Fadumon kanssa samassa verkossa|Fadumon",
            "Soitin eilen Kowalskille|Kowalskille",
            "Grace from HR says hi|Grace",
            "Can Ilkka get admin rights?|Ilkka",
            "Osallistujat: Kadri Abdullahi, Tuula ja Abdullahi.|Kadri;Abdullahi;Tuula;Abdullahi",
            "thx holly, works now|holly",
            "Tiedoksi Abdille: kone vaihdettiin|Abdille",
            "Reassigned from Penny Sutton to Kadri today|Penny;Sutton;Kadri",
            "Abdi's monitor flickers|Abdi",
            // before a reporting verb: a name that is also a word, an unknown name, two unknown words
            "Bill mentioned the fix was deployed|Bill",
            "Shirin mentioned it yesterday|Shirin",
            "Priit Warsame ilmoitti, että kone ei toimi|Priit;Warsame",
            "Abdi from finance asked about the order.|Abdi",
            // a department after the person's "from" and a role before a reporting verb report nothing themselves
            "Kalinda Moreau from Enrolment told me to write.|Kalinda;Moreau",
            "Caller mentioned Jarmo Hirvonen twice.|Jarmo;Hirvonen",
            "A message from Kalinda said the order is late.|Kalinda",
            // a passive's subject is the thing done, and its doer comes after "by"
            "Claim handled by Kalinda Moreau today.|Kalinda;Moreau",
            // after a role, a reporting verb ends the name, though a list holds it as a given name ("Said")
            "Your agent Kalinda said it would be refunded.|Kalinda",
            // two common English words no list knows are a queue's or a firm's name
            "Queue: Social Care\\nOwner: Jarmo Hirvonen|Jarmo;Hirvonen",
            // whom one did not reach
            "En saanut Priitiä kiinni, soitan myöhemmin|Priitiä",
            // a speaker label takes a name after it, not the first word of what is said
            "Asiakas: Abdi Warsame|Abdi;Warsame",
            // a greeting addresses a given name that is also a word
            "Hello Armas,\\nyour ticket is resolved|Armas",
            // a capitalised Finnish word before a surname that is only one
            "Luovutin koneen Armas Rautiolle|Armas;Rautiolle",
            "Otin yhteyttä Mehmet Kiveen|Mehmet;Kiveen",
            // Finnish case endings on listed foreign names: inessive, essive
            "Vika ei ole Arjunissa vaan koneessa|Arjunissa",
            "Olin kirjautuneena Priyana|Priyana",
            // double-barrelled surnames
            "Approved by Lloyd-Evans|Lloyd-Evans",
            // a surname, an adjective, what a person has
            "Harjun uusi kone ei käynnisty|Harjun",
            // a genitive opening a sentence before "mukaan": no ordinary genitive, or a person spoken of after it
            "Jyrkin mukaan kone hidastelee|Jyrkin",
            "Toivon mukaan kone hidastelee. Hän kokeili jo|Toivon",
            // lower-case names in chat: after "onko" before where a person is, a chat log's speaker, after "pingaa"
            "moi, onko toivo jo paikalla?|toivo",
            "hei! onks emre tänään etänä?|emre",
            "onko jarmo kipeä?|jarmo",
            "[10:42] dale: is it down for anyone else?|dale",
            "pingaa toivoa jos kiire|toivoa",
            // an English auxiliary or word opening a sentence before a name
            "Will Lily be back before the cutover?|Lily",
            // a full stop inside a version ends no sentence; one before a space does
            "Will Aamu be back before v12.4.14 is cut over?|Aamu",
            "Will Aamu Rinne call? Sent 1.2.2026.|Aamu;Rinne",
            "Will Aamu check it. Is it done?|Will;Aamu",
            "Mark Aleksi Lampinen as the owner.|Aleksi;Lampinen",
            // a name that is an English word heads a noun phrase before "of" and a word in lower case
            "Team Lead Will Black approved the purchase, Bill of materials will be ordered.|Will;Black",
            "Ask Grace of HR; Bill of finance called.|Grace;Bill",
            "Ask Will Black of the service desk.|Will;Black",
            // a table's title line names columns, no one
            "Asset tag,Assigned to,Location\\nLT-1780,\"Fox, Grant\",a Marshall amp|Fox;Grant",
            "Is Harju still the approver?|Harju",
            // a conjunction between two names is none
            "Ota yhteyttä Kanyaan tai Raniaan.|Kanyaan;Raniaan",
            // a surname that is a street word, where no determiner or noun makes it a street
            "Call notes: customer Joy Lane (06 430 0858) reports a crash.|Joy;Lane",
            // the people a label lists
            "Kopio: Taras Honkanen; Shirin Kuusk\\nAihe: kone|Taras;Honkanen;Shirin;Kuusk",
            "Paikalla: Maarja Z., Shirin, Yilmaz (etänä)|Maarja Z.;Shirin;Yilmaz",
            // a list of people before "and I"
            "Iris, Malcolm and I tested it yesterday.|Iris;Malcolm",
            // cues: a leaver, a message left for someone, a person verb handing something on, a role
            "Leaver: Ebba Demir, last day Friday|Ebba;Demir",
            "Left a voicemail for Park at noon.|Park",
            "Please forward mail to Usko.|Usko",
            "Vaihtakaa laskujen hyväksyjä Kiveksi, lasku odottaa.|Kiveksi",
            "hei! onks armas tänään etänä?|armas",
            // a word neither Voikko nor the lists know, in the allative or ablative, and its other case forms
            "Välitä viesti Radoslawille, hän hoitaa sen.|Radoslawille",
            "Sain tiedon Xiaoyulta eilen.|Xiaoyulta",
            "Chiamaka aloitti maanantaina. Lupasin Chiamakalle koneen.|Chiamaka;Chiamakalle",
            "Anna Radoslawille lukuoikeus kansioon.|Radoslawille",
            // a given name or an unknown word in the genitive before what a person has, a manager too
            "Xiaoyun läppäri ei käynnisty.|Xiaoyun",
            "Puhuin Radoslawin esimiehen kanssa.|Radoslawin",
            // a meeting's and a form's labels, an item that is one word
            "Mukana: Tuula Heino, Valo\\nPoissa: Salminen|Tuula;Heino;Valo;Salminen",
            "Owner: Martha Reyes\\nStatus: open|Martha;Reyes",
            // a list or table line that opens with a person
            "Uudet tunnukset:\\n- Into Rantanen (HR)\\n- Valo K. (varasto)|Into;Rantanen;Valo K.",
            "\"Nimi | Puhelin\\nInto Hakala | 040 123 4567\"|Into;Hakala",
            "Kind regards\\nJ. Heikkinen\\nService Owner|J. Heikkinen",
            // joined by "and": opening a sentence, a name reading; after a name, a surname that is also a word
            "Dawn and Liam both report the crash.|Dawn;Liam",
            "Meeting between Harriet and Cook moved.|Harriet;Cook",
            // greetings and roles
            "Good morning Saoirse,\\n\\nit works now.|Saoirse",
            "Our intern Oisin can't log in.|Oisin",
            // a name with its role beside it between commas
            "Thandiwe Mokoena, our new payroll lead, needs access.|Thandiwe;Mokoena",
            "Nieminen, uusi tiiminvetäjämme, tarvitsee pääsyn.|Nieminen",
            // a Finnish word before a surname the lists hold, a given name in lower case before a reporting verb
            "Who is Valo Nieminen?|Valo;Nieminen",
            "ok so liam said its fixed|liam",
            // a roster's days and stand-by, a chat export's headers, a handle in lower case, a dash or "t." signing off
            "Vuorolista\\nma–ke: Sampo Heinonen\\nto–pe: Lumi\\nVaralla: Honka|Sampo;Heinonen;Lumi;Honka",
            "Rota\\nSat-Sun: Felicity Crane\\nBackup: Arkwright|Felicity;Crane;Arkwright",
            "[8:02 AM] Gallagher, Orla\\nanyone seen the VPN?\\n[8:05 AM] Valo Heinonen\\nyes|Gallagher;Orla;Valo;Heinonen",
            "[11:20] tuuli: tulostin jumissa|tuuli",
            "Kone on valmis noudettavaksi.\\n– Aamu|Aamu",
            "running late, start without me - Kasimir|Kasimir",
            "soita jos kysyttävää t. Sulo|Sulo",
            // a table's name columns, whatever the words are
            "Sukunimi;Etunimi;Osasto\\nHonka;Lumi;talous\\nOtieno;Wanjiru;HR|Honka;Lumi;Otieno;Wanjiru",
            "surname,first_name,team\\nBrook,Hazel,finance|Brook;Hazel",
            // where only a person is, whom one tells or pages, an unknown word joined to a name, a roster's pair
            "Aamu on sairaana tänään, tiketit odottavat.|Aamu",
            "Rowan is off sick today.|Rowan",
            "Ilmoitin Honkalle asiasta.|Honkalle",
            "The alert fired and Ansel paged Crane at once.|Ansel;Crane",
            "Kasimir and Heather are testing it.|Kasimir;Heather",
            "Vuorot\\nla–su: Ilkka Kataja|Ilkka;Kataja",
            // a job title before the name and a street after it are no one's
            "Senior Controller Anneli Koski approved it.|Anneli;Koski",
            "Deliver to: Ansel Crane, Kitchener Way, Leeds LS3 1AA|Ansel;Crane",
            "Site: Wilson Square, EH1 1YZ. Ask Ansel Crane.|Ansel;Crane",
            "Location: room 4, Cromwell Road\\nAsk Ansel Crane.|Ansel;Crane",
            "Hälytys yöllä, Sampo eskaloi sen aamulla.|Sampo",
            // what a notification says someone did, and what someone promised or reckons in speech
            "Chip Pope reacted to your message: VPN is back up|Chip;Pope",
            "[Jira] (ITPA-1742) Läppärin vaihto\\nPilvi Viita muutti tilaa: Avoin → Työn alla|Pilvi;Viita",
            "Jukkis lupas kattoo sen huomenna.|Jukkis",
            "Gaz reckons the VPN is toast.|Gaz",
            // a voicemail asking the desk to call or ask someone, a ticket's caller, who is on call
            "kysykää vaikka javierilta lisää|javierilta",
            "Caller: Chip Achterberg\\nAssigned to: Anouk Hakimi|Chip;Achterberg;Anouk;Hakimi",
            "Hälytys klo 02.14. Päivystäjä Anke Schröder 0413575000.|Anke;Schröder",
            // whom a message is from
            "sms from Tamsin: running late, start without me|Tamsin",
            "Voicemail from Tepa Hirvi: call back tomorrow.|Tepa;Hirvi",
            // whose team, e-mail or note it is
            "Handled by the vendor, Abubakar's team confirmed it.|Abubakar",
            // a calendar invitation's attendees
            "Required: Dirie, Mahad; Booth, Patience\\nOptional: Kaino Hauki|Dirie;Mahad;Booth;Patience;Kaino;Hauki",
            "Hyväksyjä: Lumi Honka\\nTila: avoin|Lumi;Honka",
            // a commit's trailers, a survey's respondent, a shift's lead and an absence's cover
            "Fix login loop\\n\\nReviewed-by: Otar Chkheidze\\nCo-authored-by: Lemlem Gebre|Otar;Chkheidze;Lemlem;Gebre",
            "Shift log (lead: Lasha Abashidze): 3 P1s|Lasha;Abashidze",
            // a common noun after a name makes no thing of it after another capitalised word or a verb, nor an adverb
            "Grant Priscilla access to the share, approved by Brown.|Priscilla;Brown",
            "I'll reach out to Nair tomorrow.|Nair",
            // a form's or a handover's label that means a person, after a remark in parentheses, before a table's cell:
            // names nobody knows
            "Tilaaja (esimies): Ánte Guttorm\\nKustannuspaikka 4410|Ánte;Guttorm",
            "Haltija: Guttorm Ánte\\nLaite: kannettava|Guttorm;Ánte",
            "\"Outgoing: Xolani Dube | Incoming: Ánte Guttorm\"|Xolani;Dube;Ánte;Guttorm",
            // people joined by a slash to a name found, and a label's list split by slashes
            "Escalated to Satu Hirvonen/Guttorm today|Satu;Hirvonen;Guttorm",
            "Vastuuhenkilö: Ilves / Guttorm\\nTila: avoin|Ilves;Guttorm",
            "Päivystäjä: Tuula/Guttorm|Tuula;Guttorm",
            // a Slack or Teams conversation copied as text: the name and the time on the line above each post
            "Ánte Guttorm  9.14\\nOnko VPN nurin?\\nSiiri Hyvönen  9.16\\nJoo.|Ánte;Guttorm;Siiri;Hyvönen",
            "Xolani Dube  9:14 AM\\nanyone else seeing Jira down?\\nAino  9:16 AM\\nyep|Xolani;Dube;Aino",
            // whoever has a problem, in the adessive before "on": a name nobody knows
            "Xolanilla on sama ongelma: VPN ei yhdistä.|Xolanilla",
            "Dubella ei ole vielä tunnuksia.|Dubella",
            // two capitalised words side by side that no lexicon knows, inside a sentence or before a Finnish word
            "Uusi käyttäjä Oyelowo Nkemdirim aloittaa maanantaina.|Oyelowo;Nkemdirim",
            "Wairimu Kamau lisäsi sinut ryhmään.|Wairimu;Kamau",
            // a label that means a person by its form: a Finnish agent noun or past participle, a listed label's plural
            "Esittelijä: Xolani Dube\\nHyväksyjät: Guttorm, Ánte Aikio|Xolani;Dube;Guttorm;Ánte;Aikio",
            "Muokannut: Dube, Xolani\\nTila: Ratkaistu|Dube;Xolani",
            "Approvers: Guttorm, Xolani Dube|Guttorm;Xolani;Dube",
            // two capitalised words before a reporting verb in the past, even where both are words; not a role
            "Usko Sammal soitti eilen.|Usko;Sammal",
            "Esihenkilöni Yusuf pyysi sitä.|Yusuf",
            // chat in lower case: whom one called, asked or messaged, right after the verb
            "soitin pertsalle mut ei vastannu|pertsalle",
            "kysyin jo niemiseltä mut ei tienny|niemiseltä",
            "mä laitoin xolanille viestiä|xolanille",
            // a full name in lower case stays a name in a line a phone capitalised, an English surname beside its given name too
            "Hei, pirjo virolainen ei pääse kirjautumaan|pirjo;virolainen",
            "add john baker to the group|john;baker",
            // a job title in lower case before or after a name is the post, not spoken Finnish's clipped "Jurista" (of Juri)
            "Indrivning pausad; överlämnat till jurist Josefin Sourander.|Josefin;Sourander",
            "Handläggare: Hedvig Gradin, biträdande jurist, tfn 040 123|Hedvig;Gradin",
            "Med vänlig hälsning\\nArvid Svensson\\nbiträdande jurist\\nMobil: 040 123|Arvid;Svensson",
            // a listed name that is a Finnish word after a label's colon stays a name as the label's item
            "Mukana: Olen, Aino|Olen;Aino",
            "Kopio: Olen Smith|Olen;Smith",
            // a table's column titled by the person in it, a separator inside quotes parting no columns
            "\"Laite | Käyttäjä | Sijainti\\nWS-1234 | Dube, Xolani | varasto\"|Dube;Xolani",
            "\"lähetys | vastaanottaja | allekirjoitus\\nJJ123 | Oyun Ganbold | OG\"|OG;Oyun;Ganbold",
            "asset,user,room\\nWS-1234,\"Wanjiku, Njeri\",C117\\nWS-1235,\"Kamau, Wairimu\",B2|Wanjiku;Njeri;Kamau;Wairimu",
    })
    void findsPeople(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "iso laine kaatoi palvelimen ja koskinen vesi tulvi, niemi on kaukana",
            "Will do, thanks. Joy of joys, it crashed again.",
            "Oulun toimisto ja Salon toimisto ovat kiinni",
            // a verb that is also a given name's inflection, opening what a label's colon introduces
            "Viesti asiakaspalveluun: Annoin noutokoodin ystävälleni eilen.",
            "Teams ja ServiceNow eivät toimi, Windows 11 kaatuu",
            "Anna minulle uusi salasana",
            // a name list's word in lower case in a line the writer capitalises is the language's word
            "Även grannen saknar ström. Huvudsäkring 1 x 25 A.",
            "Åtgärd: bytt filter. Status: stig in.",
            "Hi Team, thanks again",
            "login https://portal.example.fi/reset?lang=en&user=ping",
            "Hei, olen tässä",
            "Open Word and Slack, then the Edge browser",
            "Our London office and the Paris site are closed on Friday",
            "Printer queue moved (Perth office) today",
            "Order a new Priscilla server for the lobby.",
            "Ship it to Germany; the Dell Latitude is in Stone Street",
            // words the layout does not make names
            "Hand the badge to reception.",
            "Grant me access to the share, please.",
            "Drew a blank on the password again.",
            "Use the Baker Street entrance.",
            "Päivitin tiedot, neuvotteluhuone Kuikka on nyt kunnossa.",
            "Asia siirtyy tiimi Kuikalle huomenna.",
            "Elisan liittymä ei toimi ja Wilma on rikki",
            "Toivon mukaan korjaus tulee huomenna.",
            "Kiitos!\nService Desk",
            "Mail it.support@example.fi if Support is down",
            "Teamsin kanssa on ongelmia",
            "ping again later",
            "thanks again, hi all!",
            "Moved from Teams to Slack, the Company's laptop too",
            "Plan B. Then reboot.",
            "Agent: Who's the device registered to?",
            // an English word opening what a speaker says after the colon is the word
            "Review: Love it, so quiet.",
            "Shop reply: So sorry! We will call you.",
            "Asiakas: Se on rikki",
            "The meeting is on 4 Jan, due in May.",
            "Handover on 3rd Jan; the rollout is scheduled for June.",
            "Hei Kaikki! Moi Tiimi, kone on rikki",
            "Kiitos Paljon!",
            "onko toivo menetetty?",
            "onks vpn jo päällä?",
            "Kivi osui tuulilasiin matkalla.",
            "Mäen takana ei ole kenttää.",
            "Laineet kastelivat laukun.",
            "Okta Verify pyytää sitä.",
            "The form at Apple Watch asks for it.",
            "Is it down for anyone else?",
            "Send it to the printer. Left a message for the team.",
            "Teams, Zoom and I tested it",
            "Tiimi ja minä testasimme.",
            "Paikalla: Teams, Zoom ja kahvi",
            "Kopio: Teams; Zoom",
            "Yhteyshenkilö Virossa on paikalla.",
            "The Bell icon and the Green Room are fine; Marks & Spencer vouchers too.",
            "Order Ben & Jerry's for the party, a Johnson & Johnson first-aid kit and an Ernst & Young audit.",
            "Lassila & Tikanoja, Procter & Gamble, Virtanen & Co, Smith & Sons and Hovila & Tikanoja Oy invoiced us.",
            "ta aoife! Ernst & Young is sorted",
            "Data from finance is late. En saanut Teamsia auki enkä tiedostoa kiinni.",
            // products by their stem in the allative or genitive, places before premises, roles and items that are words
            "Lähetä loki Jiralle, Teamsin tili ja Outlookin kalenteri ovat lukossa.",
            "Rannan kampus ja Kallion toimipiste ovat kiinni, Niemen varasto on auki.",
            "Thanks, our lead is on it. Good morning team, all good.",
            "- Uudet näytöt tilataan\n- Order monitors\nService Owner",
            "Present: all of us",
            "ok so it said the disk is full",
            "Our lead will call you back; my manager may approve it and the customer can wait.",
            // firms, products and job titles named with people's names or words
            "Export it from Crystal Reports; the Morris Motors account and Alma Media are fine.",
            "The Julia language server and the Jenkins pipeline failed.",
            "[09:30] deploy finished\n[09:31] Restarting",
            "Deliver to 14 Nelson Street, Leeds LS2 7EW.",
            "Senior Accountant and Team Lead roles are open.",
            "- remember the milk\n- Kiitos",
            "name;size\nreport.pdf;12 kB",
            "Palvelin on etänä hallittavissa, Virossa on töissä kaksi. The printer is off again and Jira and Teams too.",
            "Let it run overnight.",
            // a lone name before a common English noun is a thing's, a name before a plural noun a firm's
            "Grace period ends on Friday. Frank feedback welcome, Noble gas sensor is fine.",
            "Cassandra cluster is down, the Kafka broker too; order a Marshall amp.",
            "Swift Payments and Johnson Controls are vendors.",
            // the service desk's own units after a cue that names a person
            "The ticket was assigned to Service Desk L2; escalated to Customer Support, ask Front Desk.",
            "Use the Will Street site.",
            // such a label before a department, a state or a system
            "Owner: IT-palvelut\nTila: Avoin\nStatus: Done\nVastaanottaja: Palvelupiste",
            "Haltija: Tietohallinto (Teams)\nRequested by: IT-palvelut | Status: Done",
            // words joined by slashes that no name is on
            "TCP/IP ei toimi, A/B test ajossa, Teams/Outlook kaatuu, v. 2.1 Kyllä/Ei\nStatus: Done",
            // a line that ends with a time but is no chat export's header: a room, a product, a word, the last line
            "Meeting Room  10:00\nTeams  9:14 AM\nDeadline  9.30\nbring laptops",
            "Palaveri alkaa\nHuolto 9.14",
            // two unknown words that are a product's, a title's, compounds or an English sentence's opening
            "Visual Studio ja Power Automate päivitetty. Getting Started Guide luettu. Siirrä Citrix-oikeudet Karhu-olut ryhmälle. Also Dec 3.",
            // whom one called or asked by an ordinary word, where one sent a file
            "soitin asiakkaalle ja kysyin kollegalta, lähetin tiedoston palvelimelle",
            // after a colon, before a word in lower case, a listed name that Voikko reads as a word is the word
            "Automaattinen vastaus: Olen lomalla 14.12. asti.",
            // a table without a person's column
            "Laite | Tila | Sijainti\nWS-1234 | Avoin | Varasto",
            // no product, maker or team reports
            "Service Desk soitti takaisin.",
            // "can" is an auxiliary like "could": opening a question, no one's name
            "Agent: Can you confirm the account holder?",
            // a supplier's, a maker's and a mail's labels, which name firms and mailboxes
            "Toimittaja: Verkkokauppa\nValmistaja: Fujitsu\nVastaanottaja: Palvelupiste",
            // a department's team is no one's, nor a maker's call
            "Got a call from Microsoft about the licence.",
            "Procurement's team approved the order.",
            // what a caller says in a transcript is no name
            "Caller: Hi, my laptop won't start\nAgent: Okay, let's see",
            "Caller: yeah, um, it's locked again",
            // products change and update, and an invitation's room is no attendee
            "Teams changed its layout again and Outlook updated overnight.",
            "Required: Teams Room; Outlook\nOptional: VPN",
            // a product or a word in the adessive before "on"
            "Zoomilla on katko, Slackilla on myös. Kesällä on hiljaista.",
            // an agreement signed is no person's initials
            "The vendor signed \"NDA\" before the kickoff.",
    })
    void leavesPlacesProductsAndOrdinaryWords(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a subject that fails as software fails (ThingsThatFail); a person's thing in Finnish stays the
            // person's ("Harjun kone ei käynnisty", findsPeople)
            "Jarmo Hirvonen here, Hope Portal won't load again.|Jarmo;Hirvonen",
            "Kysyin Hirvoselta: Grace Cloud ei toimi, soitan huomenna.|Hirvoselta",
            // names before a kind of software or device
            "Spoke to Jarmo about Grace Murray portal.|Jarmo",
            "Jarmo Hirvonen asked for access to Sophie Gray dashboard.|Jarmo;Hirvonen",
            "Liam Kelly printer jammed again, says Jarmo.|Jarmo",
            // a name after the word of its kind: a team's or a project's
            "Thanks to Jarmo and Grace, Project Sophie is fine.|Jarmo;Grace",
            "Escalated to Team Hope by Jarmo Hirvonen.|Jarmo;Hirvonen",
            // a plural noun after a full name is no firm's name of its surname
            "At brunch they served my son Jarmo Hirvonen Eggs Florentine, cold.|Jarmo;Hirvonen",
    })
    void findsOnlyThePeopleBesideThingsNamedWithNames(String text, String people) {
        assertEquals(List.of(people.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a surname after initials before a noun: the initials' full stop ends no sentence, hyphenated or not
            "Evidence sent; I. Olabarrieta-Zubiaurre cc'd.|I. Olabarrieta-Zubiaurre|true",
            "Evidence sent; K. Luhtisalo cc'd.|K. Luhtisalo|true",
            "Documents attached, K.-M. Vanhoutte copy.|K.-M. Vanhoutte|true",
            "Meter read; J. Ajmunds cc.|J. Ajmunds|true",
            // look-alikes: a firm or a thing after the initials of a country, a word English writes
            "We bank with U.S. Bank branch offices.|Bank|false",
            "See the G. Grace period terms.|Grace|false"})
    void readsASurnameAfterInitialsBeforeANoun(String text, String name, boolean person) {
        // The tagger may mark the initial alone too; what counts is whether the word after it is found.
        var found = Found.inOrder(new PersonNameDetector(NameLexicon.shared(), NameTagger.shared()), text);
        assertEquals(person, found.stream().anyMatch(f -> f.endsWith(name)), found::toString);
    }

    @Test
    void everyFormOfOneNameGetsOnePlaceholder() {
        var placeholders = Placeholders.inMemory();
        var redacted = new Redactor().redact("Hirvonen soitti. Hirvosen kone on rikki, soitan Hirvoselle.",
                KnownIdentifiers.NONE, placeholders);
        assertEquals("[NAME_1] soitti. [NAME_1] kone on rikki, soitan [NAME_1].", redacted.text());
    }

    @Test
    void readsDatafakersNameLists() {
        assertTrue(NameLexicon.shared().listedNames() > 5_000, "English and Finnish given names and surnames");
    }

    @Test
    void readsTheUsNameLists() {
        assertTrue(NameLexicon.shared().usNames() > 20_000, "SSA given names and Census surnames");
    }

    @Test
    void leavesADepartmentsPathInAListOfPeople() {
        assertEquals(List.of("Tavita-Sefo", "Aiono-Fa'amausili"),
                Found.inOrder(detector, "Tilaaja: Tavita-Sefo Aiono-Fa'amausili, Tietohallinto / Palvelupiste"));
    }

    @Test
    void readsADoubleGivenNameWhosePartIsAlsoAnInflectedWord() {
        // "Konstantin" is also konstantti's genitive: Voikko reads the pair as a compound of words
        assertEquals(List.of("Lauri-Konstantin", "Vilumäki"), Found.inOrder(detector, "Edellinen yhteyshenkilöni Lauri-Konstantin Vilumäki siirtyi muualle."));
        assertEquals(List.of("Eetu-Konstantin"), Found.inOrder(detector, "Hei Eetu-Konstantin!"));
        assertTrue(NameLexicon.shared().lookup("Heikki-Konstantin", 0, 17).is(NameLexicon.Word.FIRST));
        // a name and a word as it is: a compound
        assertFalse(NameLexicon.shared().lookup("Roope-Setä", 0, 10).isName());
    }

    @Test
    void readsADoubleGivenNameOfATownsNameAndALandsName() {
        // Voikko reads Loviisa as a given name and a town, Kreeta (Crete) only as a land, the pair only as a place
        var lexicon = NameLexicon.shared();
        assertTrue(lexicon.lookup("Loviisa-Kreeta", 0, 14).is(NameLexicon.Word.FIRST));
        assertEquals("loviisa-kreeta", lexicon.lookup("Loviisa-Kreetan", 0, 15).base());
        assertEquals(List.of("Loviisa-Kreetan"), Found.inOrder(detector, "Osoitteet yhdistetty; Loviisa-Kreetan kortti vanhentunut."));
        // a given name and nothing else beside a given name that is also a town's (Pietari: St Petersburg): no place
        assertFalse(lexicon.lookup("Aapo-Pietari", 0, 12).is(NameLexicon.Word.PLACE));
        // two towns' names joined: a route or a region
        assertFalse(lexicon.lookup("Helsinki-Vantaa", 0, 15).isName());
        assertFalse(lexicon.lookup("Kokkola-Pietarsaari", 0, 19).isName());
    }

}
