package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsBesideAnInitialTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsBesideAnInitial.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            // a given name before a dot, then the surname
            "Closed by A. Leppik (ants.leppik) 2026-11-15 00:37:47 => ants.leppik",
            // the initial and the whole surname, the given name's and the surname's starts
            "Käsittelijä O. Pajalahti (opajalahti) 2026-01-25 13:23:37, Zendesk => opajalahti",
            "Closed by I. Nyholm-Kull (ingnyh78) 2027-07-22 11:06:18 => ingnyh78",
            // the surname's start, then the given name's first letter or two
            "Käsittelijä K. Kirveskangas (kirvesk9) 2026-03-09 11:19:33, RxWorks => kirvesk9",
            "Closed by K. Bodnár (bodnaka) 2026-01-12 14:44:12 => bodnaka",
            "Closed by E. Udd (udder) 2027-04-20 10:48:31 => udder",
            // the starts of a double surname's halves, as a login of a name written in full is read
            "Closed by O. Kravchuk-Oliinyk (okravoli) 2026-01-12 14:44:12 => okravoli",
            // the two initials and digits
            "Käsittelijä T. Suutarinlahti (ts9525) 2026-01-03 04:52:45 => ts9525",
            // two initials of a double given name, the second in lower case as Korean names are romanised
            "Käsittelijä K.-E. Kettunen (kkettunen) 2026-01-03 04:52:45, Tampuuri => kkettunen",
            "Closed by M.-L. Harjula (mirhar12) 2026-02-11 08:10:00 => mirhar12",
            "Käsittelijä A.-P. Lehtinen (lehtiar4) 2027-05-01 10:00:00, Datahub => lehtiar4",
            "Käsittelijä A.-M. Koskela (annamaria.koskela) 2026-03-09 11:19:33 => annamaria.koskela",
            "Closed by J.-m. Park-Seo (jm1234) 2026-02-11 08:10:00 => jm1234",
            // a letter decomposition leaves (Đ) that the login drops, or writes as "d"
            "Käsittelijä H. Lê Đình (leinhhu) 2026-02-11 15:15:06, SAP IS-U => leinhhu",
            "Käsittelijä H. Lê Đình (ledinhh) 2026-02-11 15:15:06, SAP IS-U => ledinhh",
            // a surname of two or three words: a particle, a second surname
            "Closed by S. Van Dijk (svandijk) 2026-02-11 08:10:00 => svandijk",
            // the surname's last word, its particle left out
            "Closed by S. Van Dijk (sdijk) 2026-02-11 08:10:00 => sdijk",
            "Käsittelijä T. Ó Briain-Walsh (obriat3) 2026-02-11 08:10:00, Huoltonet => obriat3",
            "Käsittelijä N. Abu Salem (abusane) 2026-02-11 08:10:00 => abusane",
            // a particle in lower case before the surname
            "Käsittelijä B. á Rógvi-Joensen (arogvba) 2026-02-07 06:57:23, Sierra => arogvba",
            "Käsittelijä A. ap Rhys-Llewelyn (aaprhysllewe) 2026-09-22 17:33:31 => aaprhysllewe",
            "Käsittelijä B. Serra i Vilaseca (bserraivilas) 2027-05-19 17:18:14 => bserraivilas",
            // the hidden given name whole, the surname's initial and digits
            "damage scanned at Bristol DC, driver R. Khairullin-Gabdullin (rinatk151). Offered GBP 25.45. => rinatk151",
            // a driver's login with its role's tag
            "damage scanned at Bristol DC, driver H.-K. Vaattovaara-Kuoksu (drv_vaatto50). Offered €155.57. => drv_vaatto50",
            "damage scanned at the depot, driver A.-N. Mesimarjasalo (KULJ-MESIM). Offered GBP 19.00. => KULJ-MESIM",
    })
    void findsTheLoginMadeOfTheInitialAndTheSurname(String text, String login) {
        assertEquals(List.of(login), logins(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a role or a team in parentheses
            "Approved by J. Smith (manager) yesterday.",
            "Soitti M. Laine (asiakaspalvelu) eilen.",
            // initials without digits are an abbreviation; another person's initials with digits
            "Signed by T. Suutarinlahti (ts) today.",
            "Signed by T. Suutarinlahti (ab1234) today.",
            "Signed by T.-K. Suutarinlahti (ab1234) today.",
            "Approved by J. Smith Team (manager) yesterday.",
            // a word that holds the surname's start but not the given name's
            "Closed by K. Virtanen (virtanen2026x) today.",
            // a given name's shape whose last letter is not the surname's initial
            "Closed by K. Virtanen (kalle151) today.",
    })
    void leavesWhatIsNoLoginOfTheName(String text) {
        assertEquals(List.of(), logins(text));
    }
}
