package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only an HL7 segment's name fields hold names (Hl7Fields); capitalised words come marked. */
class Hl7FieldsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
            // the header names systems and organisations
            "MSH|^~\\&|LAB|Karolinska|Maisa|HUS|2027-10-23 15:07:30||ORU^R01|LAB-4498989|P|2.5#",
            // the patient's name stays; the title, the sex code and the address's city do not
            "PID|1||022283756^^^NHS^NH||Sammalkangas^Lassi-Sakari^^^Mrs|||F|||63 Wellington Road^^London^^CB2 0QQ#Sammalkangas;Lassi-Sakari",
            "PV1|1|I|Ward 7B||||Hoffmann-Schäfer^Moritz-Annika^^^Dr|Kärrudd^Bertil-August^^^Dr#Hoffmann-Schäfer;Moritz-Annika;Kärrudd;Bertil-August",
            "ORC|RE|HUS1453711||||||||||Tran-Pham^Minh-Lan^^^LL#Tran-Pham;Minh-Lan",
            // a test's code and a result's status are no names; a result's free text is left to the other rules
            "OBX|1|NM|P-INR 2,6||||||F#",
            "OBX|1|TX|Huomio||Soita Liisa Laineelle||||||F#Soita;Liisa;Laineelle",
            // each line is read as its own segment
            "MSH|^~\\&|LAB|Karolinska|Maisa|HUS\\nPID|1||022283756^^^NHS^NH||Sammalkangas^Lassi^^^Mrs|||F\\nZPD|1|Ward 7B|Anna Laine#Sammalkangas;Lassi;Ward;Anna;Laine",
            // an unknown segment and prose are left to the other rules
            "ZPD|1|Ward 7B|Anna Laine#Ward;Anna;Laine",
            "Lähetä Maisa|HUS-kanavalle, kysy Anna Laineelta.#Lähetä;Maisa;Anna;Laineelta",
    })
    void keepsTheMarksOfNameFieldsOnly(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Hl7Fields.unmark(s, tokens, marks), text, names);
    }
}
