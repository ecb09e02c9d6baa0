package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Identifiers in text as systems encode it are read decoded, and each placeholder takes the whole encoded run. */
class EncodedTextTest {

    private final Redactor redactor = new Redactor();

    private String redacted(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void namesPhonesAndAddressesInHtmlCharacterReferencesAreReplacedWithTheirReferences() {
        var text = "<p>Asiakas Aino&nbsp;H&auml;m&auml;l&auml;inen pyyt&auml;&auml; soittoa numeroon 040&nbsp;123&nbsp;4567."
                + " Kopio: Bogus&#322;awa Grabowska &lt;bogus&#x142;awa.grabowska&#64;firma.fi&gt;</p>";

        assertEquals("<p>Asiakas [NAME_1]&nbsp;[NAME_2] pyyt&auml;&auml; soittoa numeroon [PHONE_1]."
                + " Kopio: [NAME_3] [NAME_4] &lt;[EMAIL_1]&gt;</p>", redacted(text));
    }

    @Test
    void namesPhonesAndAddressesInALinksQueryAreReplacedWithTheirEscapes() {
        // A query's values are read as words (NamesInQueries): a double given name is one name, as in running text.
        var known = KnownIdentifiers.of("Aino-Kielo Hämäläinen", "aino.hamalainen@firma.fi", "ahamalai", "Service Desk");
        var text = "Avaa CRM:ssä: https://crm.example.fi/contacts/new?etunimi=Aino-Kielo&sukunimi=H%C3%A4m%C3%A4l%C3%A4inen"
                + "&puhelin=%2B358401234567&email=aino.hamalainen%40firma.fi&lahde=verkkolomake\n"
                + "Vastuuhenkilö: https://intra.example.fi/people?q=Sten-%C3%85ke+Tr%C3%A4skbacka (Hyyryl%C3%A4isen tiimi)";

        assertEquals("Avaa CRM:ssä: https://crm.example.fi/contacts/new?etunimi=[NAME_1]&sukunimi=[NAME_2]"
                + "&puhelin=[PHONE_1]&email=[EMAIL_1]&lahde=verkkolomake\n"
                + "Vastuuhenkilö: https://intra.example.fi/people?q=[NAME_3]+[NAME_4] ([NAME_5] tiimi)",
                redactor.redact(text, known, Placeholders.inMemory()).text());
    }

    @Test
    void aPlusInAQueryThatHoldsEscapesIsASpaceAndAnAsciiEscapeIsDecodedOnlyInALink() {
        var decoded = DecodedMessage.of("https://intra.example.fi/people?q=Sten-%C3%85ke+Tr%C3%A4skbacka&tel=+358401234567"
                + " N%27Dour mailto:d%27mello%40firma.fi");

        assertEquals("https://intra.example.fi/people?q=Sten-Åke Träskbacka&tel=+358401234567 N%27Dour mailto:d'mello@firma.fi",
                decoded.text());
    }

    @Test
    void namesPhonesAndAddressesInAQuotedPrintableBodyAreReplacedWithTheirEscapesAndSoftBreaks() {
        var text = "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Hei, l=C3=A4het=C3=A4n Aino H=C3=A4m=C3=A4l=C3=A4isen tietopyynn=C3=B6n liitteet. Puhelin 040 123 4567,=\n"
                + " s=C3=A4hk=C3=B6posti aino.ham=C3=A4l=C3=A4inen@firma.fi. Kopio Matti Virta=\nselle.";

        assertEquals("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Hei, l=C3=A4het=C3=A4n [NAME_1] [NAME_2] tietopyynn=C3=B6n liitteet. Puhelin [PHONE_1],=\n"
                + " s=C3=A4hk=C3=B6posti [EMAIL_1]. Kopio [NAME_3] [NAME_4].", redacted(text));
    }

    @Test
    void anEncodedSpellingOfANameGetsThePlaceholderOfItsPlainSpelling() {
        var scope = Placeholders.inMemory();
        var first = redactor.redact("Soitin Aino Hämäläiselle eilen.", KnownIdentifiers.NONE, scope).text();
        var second = redactor.redact("<p>Aino H&auml;m&auml;l&auml;inen soitti takaisin.</p>", KnownIdentifiers.NONE, scope).text();

        assertEquals("Soitin [NAME_1] [NAME_2] eilen.", first);
        assertEquals("<p>[NAME_1] [NAME_2] soitti takaisin.</p>", second);
    }

    @Test
    void aMessageWithoutEncodedTextIsReadAsWritten() {
        var text = "R&D:n budjetti kasvoi 15 % ja loki sanoo status=FAILED; soita Matti Virtaselle 040 123 4567.";
        var decoded = DecodedMessage.of(text);

        assertFalse(decoded.decoded());
        assertSame(text, decoded.text());
        assertEquals("R&D:n budjetti kasvoi 15 % ja loki sanoo status=FAILED; soita [NAME_1] [NAME_2] [PHONE_1].", redacted(text));
    }

    @Test
    void onlyWhatCannotMeanAnythingElseIsDecoded() {
        // An ASCII escape outside a link, Latin-1's %E4, =XX in a text that is no quoted-printable, a reference without
        // its semicolon and one HTML does not name stay as written.
        var text = "alennus 100%25 hinta=3D5 &auml &fooo; H%E4m";

        assertFalse(DecodedMessage.of(text).decoded());
    }

    @Test
    void aFindingOverDecodedCharactersCoversEveryCharacterTheyWereReadFrom() {
        var decoded = DecodedMessage.of("x H%C3%A4m&#x1F600;=\n y");
        var findings = new ArrayList<>(List.of(new Finding(EntityType.NAME, 2, 7, "häm😀")));

        decoded.toWritten(findings);

        assertEquals("x H%C3%A4m&#x1F600;=\n y".indexOf("H"), findings.getFirst().start());
        assertEquals("x H%C3%A4m&#x1F600;".length(), findings.getFirst().end());
    }

    @Test
    void aSecretInALinkIsWholeWhereItsEscapesPartItAndFoundInALinkALinkCarries() {
        var text = "https://portal.example.fi/reset?user=ahamalai&password=kissa%20koira%26kala"
                + " https://login.example.fi/?next=https%3A%2F%2Fapp.example.fi%2Fcallback%3Ftoken%3D9f8e7d6c5b4a";

        assertEquals("https://portal.example.fi/reset?user=[USERNAME_1]&password=[URL_SECRET_1]"
                + " https://login.example.fi/?next=https%3A%2F%2Fapp.example.fi%2Fcallback%3Ftoken%3D[URL_SECRET_2]", redacted(text));
    }

    @Test
    void aCalendarInvitationsFoldedLinesAreUnfoldedAndItsTextEscapesRead() {
        var decoded = DecodedMessage.of("Kutsu:\nBEGIN:VCALENDAR\r\nATTENDEE;CN=Oskari Tuomiv\r\n aara:mail\r\n\tto:o.tuomivaara@firma.fi\r\n"
                + "DESCRIPTION:Soita\\, jos\\nmyöhästyt: 040 765\n 4321\\; C:\\\\temp\nEND:VCALENDAR\n indented \\n after");

        assertEquals("Kutsu:\nBEGIN:VCALENDAR\r\nATTENDEE;CN=Oskari Tuomivaara:mailto:o.tuomivaara@firma.fi\r\n"
                + "DESCRIPTION:Soita, jos\nmyöhästyt: 040 7654321; C:\\temp\nEND:VCALENDAR\n indented \\n after", decoded.text());
    }

    @Test
    void aNameAndANumberFoldedAcrossTwoLinesAreEachOneFindingOverTheFold() {
        var text = "BEGIN:VEVENT\nORGANIZER;CN=Helmi Ruoho:mailto:helmi.ruoho@firma.fi\n"
                + "COMMENT:Sijainen Helmi Ruoho\\, puh. +358 40 76\n 5 4321\nEND:VEVENT";

        assertEquals("BEGIN:VEVENT\nORGANIZER;CN=[NAME_1] [NAME_2]:mailto:[EMAIL_1]\n"
                + "COMMENT:Sijainen [NAME_1] [NAME_2]\\, puh. [PHONE_1]\nEND:VEVENT", redacted(text));
    }
}
