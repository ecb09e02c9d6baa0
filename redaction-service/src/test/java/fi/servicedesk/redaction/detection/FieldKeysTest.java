package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldKeysTest {

    private final Redactor redactor = new Redactor(true);

    private String redact(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void anAlignedListsKeysAreNoOnesNames() {
        var redacted = redact("Tili näyttää tältä:\nGivenName      : Oona\nSurname        : Kettunen\nLockedOut      : False\n"
                + "Logon Type:\t\t3\nSAM Account Name:\tokettune\nKiitos, Rhodri");
        assertTrue(redacted.contains("GivenName      : [NAME_"), redacted);
        assertTrue(redacted.contains("LockedOut      : False") && redacted.contains("SAM Account Name:"), redacted);
        assertFalse(redacted.contains("Oona") || redacted.contains("Kettunen") || redacted.contains("Rhodri"), redacted);
    }

    @Test
    void aJsonKeyIsNoName() {
        var redacted = redact("Lokissa: {\"Requester\": \"Ilmari Saarela\", \"Approver\": \"Noora Lindholm\"}");
        assertTrue(redacted.contains("\"Requester\": ") && redacted.contains("\"Approver\": "), redacted);
        assertFalse(redacted.contains("Saarela") || redacted.contains("Lindholm"), redacted);
    }

    @Test
    void aTrailersKeyGoesAndItsPersonStays() {
        var redacted = redact("commit 4f1c2d\n\n    Fix the login loop\n\n    Signed-off-by: Petra Holmberg <petra@example.org>\n"
                + "    Helped-by: Oskari Nieminen <oskari@example.org>");
        assertTrue(redacted.contains("Signed-off-by: [NAME_") && redacted.contains("Helped-by: [NAME_"), redacted);
        assertFalse(redacted.contains("Holmberg") || redacted.contains("Nieminen"), redacted);
    }

    @Test
    void aChatSpeakerBeforeAColonStaysAName() {
        var redacted = redact("[10:02] Liisa Rantanen: kone ei käynnisty\n[10:03] Tuomas Ek: kokeile uudelleen\n"
                + "[10:04] anna-kaisa: mulla sama\n[10:05] Ji-woo: sama täällä");
        assertFalse(redacted.contains("Rantanen") || redacted.contains("Liisa") || redacted.contains("Tuomas"), redacted);
        assertFalse(redacted.contains("anna-kaisa") || redacted.contains("Ji-woo"), redacted);
    }
}
