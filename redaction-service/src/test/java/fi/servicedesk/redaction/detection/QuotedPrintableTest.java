package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A quoted-printable body is read decoded in its charset, only where it is one, and a finding maps back over its escapes and soft breaks. */
class QuotedPrintableTest {

    private static final String PLAIN_LATIN_1 = "Content-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n";
    private static final String PLAIN_UTF_8 = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n";

    private final Redactor redactor = new Redactor();

    @Test
    void aLatin1BodyIsReadInItsCharset() {
        var text = PLAIN_LATIN_1 + "Terveisin\nM=E4rta Sj=F6blom, =C5bo";

        assertEquals(PLAIN_LATIN_1 + "Terveisin\nMärta Sjöblom, Åbo", DecodedMessage.of(text).text());
        assertEquals("Sj=F6blom", WrittenSpans.of(text, "Sjöblom"));
    }

    @Test
    void escapesThatAreNoUtf8AreReadAsLatin1() {
        var header = "CONTENT-TRANSFER-ENCODING: QUOTED-PRINTABLE\n\n";

        assertEquals(header + "Hei Päivi, Jyväskylä", DecodedMessage.of(header + "Hei P=E4ivi, Jyv=C3=A4skyl=C3=A4").text());
    }

    @Test
    void aSoftBreakInsideANameAnAddressOrANumberJoinsItIntoOneFindingOverTheBreak() {
        var text = PLAIN_UTF_8 + "Soita Tuomas Hyv=C3=A4ri=  \r\nselle, puh. 040 71=\n2 3456 tai tuomas.hyva=\nrinen@firma.example\n\n"
                + "Terveisin\nGr=C3=\n=A4ddn=C3=A4s Kaarina";
        var redacted = redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();

        assertEquals("Hyv=C3=A4ri=  \r\nselle", WrittenSpans.of(text, "Hyväriselle"));
        assertEquals("Gr=C3=\n=A4ddn=C3=A4s", WrittenSpans.of(text, "Gräddnäs"));
        assertEquals(PLAIN_UTF_8 + "Soita [NAME_1] [NAME_2], puh. [PHONE_1] tai [EMAIL_1]\n\nTerveisin\n[NAME_3] [NAME_4]", redacted);
    }

    @Test
    void anEqualsSignAtALinesEndOutsideAQuotedPrintableBodyStays() {
        // A script's line continued after "=", a formula, and a part after the quoted-printable one ends at its boundary.
        var script = "Ajoin tämän:\n$total =\n  $a + $b\nja Excelissä =\nSUMMA(A1:A3)";
        var mail = "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Hei Eeva-Lii=\nsa\n--b1\nContent-Type: text/x-shellscript\n\nTOTAL=\n$A\n--b1--";

        assertFalse(DecodedMessage.of(script).decoded());
        assertEquals(mail.replace("Lii=\nsa", "Liisa"), DecodedMessage.of(mail).text());
    }

    @Test
    void escapesOfPunctuationAreReadAndAnEscapedEscapeOnlyOnce() {
        var text = PLAIN_UTF_8 + "Hinta=3D5 =E2=82=AC, lainaus =3DC3=3DA4";

        assertEquals(PLAIN_UTF_8 + "Hinta=5 €, lainaus =C3=A4", DecodedMessage.of(text).text());
    }
}
