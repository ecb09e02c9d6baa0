package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Numbers written in the digits of other scripts are read as ASCII ones, and their placeholders take them as written. */
class DigitsOfOtherScriptsTest {

    private final Redactor redactor = new Redactor();

    private String redacted(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void eachDigitAndFullWidthSignIsReadAsItsAsciiOneAndNothingElseChanges() {
        assertEquals("tel: +964 770 1234567, 1402 no: 0912-345 (0)98 ab",
                DigitsOfOtherScripts.inAscii("tel: +٩٦٤ ٧٧٠ ١٢٣٤٥٦٧, ۱۴۰۲ no: ０９１２－３４５ （０）९८ ab"));
        assertEquals("ملف 2024", DigitsOfOtherScripts.inAscii("ملف ٢٠٢٤"));
    }

    @Test
    void aTextWithoutSuchDigitsIsTheSameString() {
        var text = "Soita 040 123 4567 tai kirjoita Hämäläiselle – 电话 ok.";

        assertSame(text, DigitsOfOtherScripts.inAscii(text));
    }

    @Test
    void phonesInArabicIndicPersianDevanagariAndFullWidthDigitsAreReplacedAsWritten() {
        assertEquals("رقمي [PHONE_1] شكراً", redacted("رقمي +٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧ شكراً"));
        assertEquals("Call me on [PHONE_1] after six.", redacted("Call me on +۹۸-۹۱۲-۳۴۵-۶۷۸۹ after six."));
        assertEquals("Soita intialaiseen numeroon [PHONE_1].", redacted("Soita intialaiseen numeroon +९१ ९८७६५ ४३२१०."));
        assertEquals("Numero [PHONE_1].", redacted("Numero ＋８１ ９０－１２３４－５６７８."));
    }

    @Test
    void datesInThoseDigitsStayAsAsciiDatesDo() {
        var text = "I wrote on ١٥/٠٣/٢٠٢٦, then on ۱۴۰۵/۰۱/۲۰ and २०८२/११/१२ BS; ref ２０２６年１月２８日.";

        assertEquals(text, redacted(text));
    }
}
