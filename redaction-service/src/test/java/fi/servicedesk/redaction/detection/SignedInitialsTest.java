package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Initials a person signed for a delivery with (SignedInitials); "\n" in the examples is a line break. */
class SignedInitialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            // quoted after a word of signing
            "07:46 JJFI642660009613795633 delivered to KULL Hjalmar, signed \"HSKS\"#HSKS",
            "19:50 JJFI641028402111252732 delivered to Novak Petra, signed \"ŽPN\"#ŽPN",
            "Paketet kvitterat \"ETÅ\" vid dörren#ETÅ",
            "Signature: “T-JK”#T-JK",
            // in a column titled by the signature, quoted or not
            "lähetys | vastaanottaja | kuittaaja | allekirjoitus | klo\\nTC634839046FI | Kivi Tuula | Kivi Aapo (puoliso) | \"FNM\" | 21:03#FNM",
            "tracking;recipient;signature\\nRR692542837GB;Hill Robin;RH#RH",
    })
    void findsQuotedInitialsOfASignature(String text, String initials) {
        assertEquals(List.of(initials), found(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // quoted capitals that no one signed
            "The status reads \"OK\" and the code \"HSKS\" is the depot's.",
            "Valitse tilaksi \"ABC\" ja tallenna.",
            // a signing word before an acronym, a long word or a name with full stops
            "signed \"OK\"",
            "signed \"ABCDE\"",
            "signed \"K.-L. Harjusaho\"",
            // an agreement or a document signed is no person
            "The supplier signed \"NDA\" and \"DPA\" yesterday.",
            "allekirjoitus | klo\\nSOW | 21:03",
            // a signature column's other cells, and a column of another title
            "lähetys | allekirjoitus | klo\\nTC634839046FI | kuvattu | 21:03",
            "lähetys | tila | klo\\nTC634839046FI | \"OK\" | 21:03\\nRR1 | \"ABC\" | 21:04",
    })
    void leavesOtherCapitals(String text) {
        assertEquals(List.of(), found(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lähetys | vastaanottaja | allekirjoitus\\nJJ123 | Oyun Ganbold | OG",
            "tracking\trecipient\tsignature\\nRR692542837GB\tHill Robin\tRH",
            "Paketet kvitterat “ETÅ” vid dörren",
    })
    void passesTheGateOfAColumnOrAQuote(String text) {
        assertTrue(SignedInitials.mayHoldSignatures(Text.of(text.replace("\\n", "\n"))));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        SignedInitials.find(text, findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
