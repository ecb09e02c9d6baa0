package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a title as a field of its own, after a comma or on its own line
            "Owner: Stig Hedvall, Legal Counsel, tel. 040 123|Owner;Stig;Hedvall",
            "Ubah Jama\\nPrivacy Officer\\n090 471 9801|Ubah;Jama",
            "Samu Hiekkaranta\\nQuality Analyst, IT Service Desk|Samu;Hiekkaranta",
            // the unit after the title, to the line's end, unless a name
            "Anna Berg\\nTeam Lead, Internal Comms\\nM: 040 123|Anna;Berg",
            "Owner: Aino Virta, Billing Specialist, Talous\\nQueue: L1|Owner;Aino;Virta;Queue",
            "Handläggare: Stig Hedvall, Account Manager, Ekonomi|Handläggare;Stig;Hedvall",
            "Team Lead, Aino Virta|Aino;Virta",
            "Team Lead, Virta\\nM: 040 123|Virta",
            "Ville Kallio\\nTelecom Coordinator, IT Service Desk|Ville;Kallio",
            // a word the US lists pair with a surname only, before a head
            "Owner: Emma Hill, Knowledge Manager, tel. 040 123|Owner;Emma;Hill",
            "Kari Holm, Information Security Officer (on leave)|Kari;Holm",
            // a given name in the run, a surname alone, or a title inside a sentence stays
            "Hunter Baker, 040 123|Hunter;Baker",
            "Required: Digory Cutler, Juniper Turner|Required;Digory;Cutler;Juniper;Turner",
            "Hi Dieter,\\nthe file is here|Hi;Dieter",
            "Their account manager, Poppy Carpenter, promised|Their;Poppy;Carpenter",
            "Engineers: Inga Somby, Sorrel Plant|Engineers;Inga;Somby;Sorrel;Plant",
            "Turner, Mark|Turner;Mark",
            // a rank or a season opening a title, though the lists hold it as a given name
            "Aino Virta\\nJunior Data Analyst, IT Service Desk|Aino;Virta",
            "Aino Virta, Summer Intern\\nM: 040 123|Aino;Virta",
            "Aino Virta, Senior Lecturer\\nM: 040 123|Aino;Virta",
            "Junior Virta, 040 123|Junior;Virta",
            "Ask the Case Officer about it|Ask;Case;Officer",
            // a title in brackets or after a dash
            "Next: Ilse Brandt (Category Buyer) to confirm|Next;Ilse;Brandt",
            "* Ilse Brandt – Category Buyer, 040 123|Ilse;Brandt",
            "(Grace Buyer) approved|Grace;Buyer",
            // a champion of a system, and a post alone after a comma when no list reads it as a name
            "Owner: Tiina Virta, Digital Champion, tel. 040 123|Owner;Tiina;Virta",
            "Aino Virta, Headteacher, Isaac Newton Academy|Aino;Virta;Isaac;Newton;Academy",
            // a person's cue inside the run is the title's word; a greeting still addresses
            "Owner: Stig Hedvall, Customer Service Advisor, tel. 040 123\\nQueue: Porting|Owner;Stig;Hedvall;Queue;Porting",
            "Aino Virta\\nCustomer Service Advisor\\n040 123|Aino;Virta",
            "Owner: Seydou Keita, Customer Service Agent, tel. 070 323|Owner;Seydou;Keita",
            "Dear Customer Service Advisor,\\nthe bill is wrong|Dear;Customer;Service;Advisor",
            // the plural of a trade before the head, not a surname's
            "Tiana Rasoanaivo\\nLettings Negotiator\\n07 059 5628|Tiana;Rasoanaivo",
            "Owner: Eve Hill, Jennings Manager, tel. 040 123|Owner;Eve;Hill;Jennings;Manager",
            // an insurer's posts
            "Kind regards\\nAlve Bylund\\nClaims Handler\\n040 123|Kind;Alve;Bylund",
            "Owner: Bjarne Brolin, Counter-Fraud Investigator, tel. 040 123|Owner;Bjarne;Brolin",
            "Adjuster: Yevgenia Titov\\nLoss Adjuster|Adjuster;Yevgenia;Titov",
            "Tom Handler, 040 123|Tom;Handler",
            // a harbour's, a dock's or a lighthouse's post
            "Handler: Ilse Brandt (Harbour Master), 040 123|Handler;Ilse;Brandt",
            "Samu Hiekkaranta\\nLighthouse Keeper\\n040 123|Samu;Hiekkaranta",
            "Tom Master, 040 123|Tom;Master",
            "Owner: Sorrel Warden, tel. 040 123|Owner;Sorrel;Warden",
            "Lupin Keeper, 040 123|Lupin;Keeper",
    })
    void takesTheMarkOffJobTitles(String text, String names) {
        MarkedWords.assertStay(JobTitles::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a title in lower case, as Swedish writes it, is one word of its own
            "Handläggare: Jörg Krüger, jurist, Rekryteringsenheten|Handläggare;Jörg;Krüger;Rekryteringsenheten",
            "Kerttu Kuusikoski, jurist.\\nLund|Kerttu;Kuusikoski;Lund",
            // names in lower case stay, and so does a title inside a sentence
            "kysy jarmo, pekka|kysy;jarmo;pekka",
            "the jurist said so|the;jurist;said;so",
    })
    void takesTheMarkOffATitleInLowerCase(String text, String names) {
        MarkedWords.assertStayOfAll(JobTitles::unmark, text, names);
    }
}
