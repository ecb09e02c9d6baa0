package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceLinesOpeningClausesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Plumber sent. Out-of-hours line 0345 555 0742. Nothing to do with the flat below.",
            "Warning letters sent; out-of-hours noise line 0345 555 0742.",
            "Putkimies kävi. Huoltoyhtiön päivystys 010 555 301. Ei liity naapuriin.",
            "Huomautus lähetetty; häiriöpäivystys 0200 55 964.",
            "Rörmokaren kom. Jour 0200-55 94 09. Inte grannens lägenhet.",
            "Fastighetsjouren: 0200-55 94 09",
            // a guests' desk, its freephone too
            "Parcel posted on Monday. Reception 0808 157 0192.",
            "Paketti lähetetty. Hotellin vastaanotto 020 555 8123.",
            "Gästen ringer tillbaka. Bordsbokning 020-55 81 23.",
            // an on-call service, its freephone too
            "Visit notice: technician on 24 May at 07.30. Out of hours 0800 152 280. cc the flatmate.",
            "After-hours line 0808 157 0192.",
            "Huoltomies tulee 4.4. klo 13.00. Päivystys 0800 865 521. Tiedoksi asukkaalle.",
            "Rörmokaren kom. Jour 0800 55 94 09.",
    })
    void leavesTheLineAClauseOpensWith(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a person's mobile, whatever the label
            "Huoltoyhtiön päivystys 0400 555 301",
            "Line 0400 555 301.",
            "Line 079 555 9135.",
            // a person's line named by the person
            "Hermione's line 0345 555 0742 goes to voicemail.",
            "Pekan linja 020 123 4567",
            "Kiitos viestistä. Virtasen linja 010 555 1234. Soita aamulla.",
            // a label in the clause's middle: the earlier sets hold such a number to be a phone
            "Huoltoyhtiö Esimerkki Oy, päivystys 010 555 301, sanoi että",
            // the line is the subject's, given after the label by a role and a name
            "Päivystys: Anna Berg, 0200 55 964",
            // a person's direct line, in a range Finland's plan gives organisations
            "Matti Virtanen\nDirect line 010 555 1234",
            "Annan suora linja 020 123 4567",
            "Direktlinje 010-555 1234",
            "Direct line 020 7946 0123",
            // a desk's label before a guest's mobile, or a freephone after a line's label
            "Reception 07912 345 678.",
            "Vastaanotto 040 555 8123.",
            "Vendor hotline 0808 157 0192.",
            // a person's mobile or direct line after an on-call label, a freephone inside a clause
            "Päivystys 040 555 8123.",
            "Out of hours 07912 345 678.",
            "Huoltoyhtiö Esimerkki Oy, päivystys 0800 555 301",
    })
    void keepsAPhone(String text) {
        assertEquals(1, Found.in(detector, text).size());
    }
}
