package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** RFC 2047 encoded words in pasted mail headers are read decoded, and a finding in one maps back to what it was read from. */
class EncodedWordsTest {

    private final Redactor redactor = new Redactor();

    private String redacted(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void qAndBWordsInAnyCharsetAndCaseAreReadDecoded() {
        var decoded = DecodedMessage.of("From: =?utf-8?q?Sm=C3=A5land_Oy?= <info@smaland.example>\n"
                + "Subject: =?ISO-8859-1?Q?P=E4ivi_J=E4rvel=E4_/_=C5sa?= =?UTF-8?B?w5ZyamFu?=\n"
                + "Cc: =?windows-1252?Q?Bj=F6rk?=, =?koi8-r?B?8MXU0s/X?=");

        assertEquals("From: Småland Oy <info@smaland.example>\nSubject: Päivi Järvelä / ÅsaÖrjan\nCc: Björk, Петров", decoded.text());
    }

    @Test
    void aFindingInAQWordMapsToItsOwnEscapesAndInABWordToTheWholeWord() {
        var subject = "Subject: =?UTF-8?Q?Tunnus_Sten=2D=C3=85ke_Ny=C3=A5sille?= ja =?utf-8?B?QmrDtnJu?=";

        assertEquals("Sten=2D=C3=85ke", WrittenSpans.of(subject, "Sten-Åke"));
        assertEquals("Ny=C3=A5sille", WrittenSpans.of(subject, "Nyåsille"));
        assertEquals("=?utf-8?B?QmrDtnJu?=", WrittenSpans.of(subject, "Björn"));
    }

    @Test
    void aCharacterOfSeveralBytesInAnotherCharsetMapsToTheEscapesOfItsOwnBytes() {
        var subject = "Subject: =?Shift_JIS?Q?=93c=92=86?= / =?EUC-KR?B?sei5zsHY?=";

        assertEquals("Subject: 田中 / 김민준", DecodedMessage.of(subject).text());
        assertEquals("=92=86", WrittenSpans.of(subject, "中"));
        assertEquals("=?EUC-KR?B?sei5zsHY?=", WrittenSpans.of(subject, "민"));
    }

    @Test
    void aDisplayNamesWordIsTakenWholeWhateverPartOfItAFindingCovers() {
        var header = "To: =?UTF-8?Q?Kyll=C3=B6nen_Hilkka?= <hilkka.kyllonen@firma.example>";

        assertEquals("=?UTF-8?Q?Kyll=C3=B6nen_Hilkka?=", WrittenSpans.of(header, "Hilkka"));
        assertEquals("To: [NAME_1] <[EMAIL_1]>", redacted(header));
    }

    @Test
    void aDisplayNameEncodedWordByWordIsOneSpanPerWordAndAWordFoldedInTwoIsOneWord() {
        var header = "From: =?UTF-8?Q?Marjatta?=\r\n =?UTF-8?Q?H=C3=A4nninen?= <mh@firma.example>\n"
                + "Subject: =?UTF-8?Q?Soita_Anna=2DLiisa_Py?=\n =?UTF-8?Q?h=C3=A4j=C3=A4rvelle?=";
        var decoded = DecodedMessage.of(header);

        assertEquals("From: Marjatta Hänninen <mh@firma.example>\nSubject: Soita Anna-Liisa Pyhäjärvelle", decoded.text());
        assertEquals("=?UTF-8?Q?Marjatta?=", WrittenSpans.of(header, "Marjatta"));
        assertEquals("=?UTF-8?Q?H=C3=A4nninen?=", WrittenSpans.of(header, "Hänninen"));
        assertEquals("Py?=\n =?UTF-8?Q?h=C3=A4j=C3=A4rvelle", WrittenSpans.of(header, "Pyhäjärvelle"));
    }

    @Test
    void aQuotedDisplayNameIsOneStillAndAB2047NameIsRedactedWhole() {
        var header = "From: \"=?iso-8859-1?Q?Ville_L=F6nnqvist?=\" <ville.lonnqvist@firma.example>\n"
                + "To: =?UTF-8?B?U2lnbmUgw4VrZXJsdW5k?= <signe@firma.example>";

        assertEquals("From: \"[NAME_1]\" <[EMAIL_1]>\nTo: [NAME_2] <[EMAIL_2]>", redacted(header));
    }

    @Test
    void whatIsNoEncodedWordStaysAsWritten() {
        // An unknown charset, base64 that is none, a Q word with a broken escape, bytes no text in the charset, a
        // question mark in a query.
        var text = "=?x-nosuch?Q?Anna?= =?UTF-8?B?not*base64?= =?UTF-8?Q?Ann=Z1?= =?UTF-8?Q?=C3=28?= https://x.example/?a=?b?=";

        assertEquals(text, DecodedMessage.of(text).text());
        assertFalse(DecodedMessage.of(text).decoded());
    }

    @Test
    void whitespaceBetweenEncodedWordsIsReadAsNothingButBetweenPlainWordsItStays() {
        var decoded = DecodedMessage.of("Subject: =?UTF-8?Q?Kahvi?= =?UTF-8?Q?kone?= rikki =?UTF-8?Q?taas?=");

        assertEquals("Subject: Kahvikone rikki taas", decoded.text());
    }
}
