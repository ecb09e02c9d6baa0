package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sähköpostini on matti.virtanen@example.com, kiitos|matti.virtanen@example.com|matti.virtanen@example.com",
            "write to matti(at)example.fi please|matti(at)example.fi|matti@example.fi",
            "osoite: matti [at] example [dot] fi|matti [at] example [dot] fi|matti@example.fi",
            "it is matti.virtanen at example dot com|matti.virtanen at example dot com|matti.virtanen@example.com",
            "matti.virtanen at example.com|matti.virtanen at example.com|matti.virtanen@example.com",
            "link https://portal.example.fi/reset?email=anna.k%40firma.fi&x=1|anna.k%40firma.fi|anna.k@firma.fi",
            "<a href=\"mailto:Liisa.Laine@Yritys.FI\">|Liisa.Laine@Yritys.FI|liisa.laine@yritys.fi",
    })
    void findsAddressesAndNormalisesThem(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    /** R8.2: an address said aloud in a transcript, its local part too of words joined by dot-words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "asiakas: se on simopekka piste polkki ät logistik piste example piste se|simopekka piste polkki ät logistik piste example piste se|simopekka.polkki@logistik.example.se",
            "osoite on pirkko piste hamalainen at kunta piste fi kiitos|pirkko piste hamalainen at kunta piste fi|pirkko.hamalainen@kunta.fi",
            "matti miukumauku firma piste fi|matti miukumauku firma piste fi|matti@firma.fi",
            "liisa piste k piste laine kissanhäntä yritys piste com|liisa piste k piste laine kissanhäntä yritys piste com|liisa.k.laine@yritys.com",
            "[00:12] kund: det är perolof punkt jaderberg snabel-a logistik punkt example punkt se|perolof punkt jaderberg snabel-a logistik punkt example punkt se|perolof.jaderberg@logistik.example.se",
            "hakansson punkt signhild at agency punkt example punkt co punkt uk, tack|hakansson punkt signhild at agency punkt example punkt co punkt uk|hakansson.signhild@agency.example.co.uk",
            "svea pist berg snabel-a firma pist se|svea pist berg snabel-a firma pist se|svea.berg@firma.se",
            "caller: it's mungo dot tinsley at hallinto dot example dot fi|mungo dot tinsley at hallinto dot example dot fi|mungo.tinsley@hallinto.example.fi",
            // any country's domain, not only the Nordic and the common ones
            "kirjoita: rauni.hiltunen (ät) posti (piste) ie, kiitos|rauni.hiltunen (ät) posti (piste) ie|rauni.hiltunen@posti.ie",
            "reach me at tobias.lind at firma dot pt|tobias.lind at firma dot pt|tobias.lind@firma.pt",
            "osoite: ville[at]toimisto[dot]jp|ville[at]toimisto[dot]jp|ville@toimisto.jp",
    })
    void findsSpokenAddresses(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    /** Said-aloud separators are ordinary words: no known top-level domain after a dot-word, no address. */
    @ParameterizedTest
    @ValueSource(strings = {
            "meet at the office piste i:n päälle",
            "see you at 10 o'clock dot",
            "laita piste i:n päälle ja tule at work",
            "vi ses snabel-a punkt",
            "the meeting piste at noon dot something",
            "se on piste at piste",
            "lunch at cafe dot local",
            "sovitaan at piste ei käy",
            "see you at dinner dot to be confirmed",
    })
    void leavesSpokenLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "look at example.com for the guide",
            "meet at 10.30 in room 4",
            "the @channel mention in Teams",
            "version 2.1@build",
            "tarkista sivu portal.example.fi",
            "hinta 12,50 € at the shop",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A link's password before its host is no address, nor its end after a mark no address holds ("#!73@git…"). */
    @ParameterizedTest
    @ValueSource(strings = {
            "DATABASE_URL=postgres://app:Kesä5137#@db01.example.fi:5432/crm",
            "remote.origin.url=https://aila-kark:Talvi#!73@git.example.fi/hr-portal-ui.git",
            "ftp://backup:p4ss!w0rd@ftp.example.fi/yö",
    })
    void leavesThePasswordOfALinkAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void findsAnAddressAfterAColonOutsideALink() {
        Found.exactly(detector, "ORGANIZER:mailto:liisa@example.fi", "liisa@example.fi", "liisa@example.fi");
    }

    /** A SIP or tel URI's number is a phone's or an extension's, no address; a SIP address of a name is one. */
    @ParameterizedTest
    @ValueSource(strings = {
            "From: \"Virtanen Matti\" <sip:+358401234567@pbx.example.fi>;tag=02d58670",
            "INVITE sip:1977@pbx.example.fi SIP/2.0",
            "Diversion: <sips:+46701234567@vaxel.example.se>;reason=no-answer",
            "<tel:+1-212-555-0100@gw.example.com>",
    })
    void leavesTheNumberOfATelephonyUriAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A mail's or a call's id in its header is no one's address; the sender's on the line above is. */
    @Test
    void leavesTheIdsOfMailsAndCallsAlone() {
        var headers = "From: Matti <matti@example.fi>\nMessage-ID: <66da1476c3defc3c2f1c@example.fi>\n"
                + "In-Reply-To: <a1b2c3@mail.example.com>\nCall-ID: 311e474707f78386@teams-gw.example.fi\n"
                + "UID:20300114T0900-7731@calendar.example.org\nORGANIZER:mailto:liisa@example.fi\n";
        assertEquals(List.of("matti@example.fi", "liisa@example.fi"), Found.in(detector, headers));
    }

    @Test
    void findsTheAddressOfASipUriWithANamedUser() {
        Found.exactly(detector, "To: <sip:matti.virtanen@example.fi>", "matti.virtanen@example.fi", "matti.virtanen@example.fi");
    }

    /** An inline image's content id and an address no person reads are no one's; the person's beside them is. */
    @Test
    void leavesContentIdsAndAddressesOfNoOneAlone() {
        var mail = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx3.example.net>\nTo: aino.kivi@example.fi\n"
                + "[cid:image002.jpg@01DC1A2B.3F4E5D60] [cid:7d1e0c55-91aa-4c2b@eu-west.prod]\n"
                + "Unsubscribe: kuoro-leave@lists.example.fi, noreply@kalenteri.example.com";
        assertEquals(List.of("aino.kivi@example.fi"), Found.in(detector, mail));
    }

    /** A Message-ID quoted in prose is a program's; people's local parts with digits in them stay addresses. */
    @Test
    void leavesIdsAProgramMadeAlone() {
        var prose = "Viestin tunniste oli <9f0c2a71-4be8-11ef-93aa@mail.example.org> ja toisen <55120983.10442.1733312000000.JavaMail.app@mx.example.com>,"
                + " kolmannen <CAK7pQz3mXw9LrT2vB8nYd4Hs0JqGe6Uo1Fi@mail.example.com> ja <HE1PR07MB449120A3F5CC8E1D0B27A9@HE1PR07MB4491.eurprd07.prod.example.com>.\n"
                + "Lähettäjä oli pekka.1985@example.fi, kopio anna-liisa.korhonen2@example.com ja 0401234567@sms.example.fi.";
        assertEquals(List.of("pekka.1985@example.fi", "anna-liisa.korhonen2@example.com", "0401234567@sms.example.fi"),
                Found.in(detector, prose));
    }
}
