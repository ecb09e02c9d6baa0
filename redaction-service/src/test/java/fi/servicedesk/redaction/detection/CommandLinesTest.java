package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLinesTest {

    private final Redactor redactor = new Redactor(true);

    private String redact(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void aCommandsWordsAreNoOnesName() {
        var command = "Add-DistributionGroupMember -Identity Helpdesk -Member Orvokki -BypassSecurityGroupManagerCheck\n"
                + "Set-CalendarProcessing -Identity Neuvotteluhuone -AutomateProcessing AutoAccept";
        var redacted = redact("Ajakaa tämä:\n" + command + "\nKiitos, Rhodri Pennington");
        assertTrue(redacted.contains("Add-DistributionGroupMember -Identity Helpdesk -Member"), redacted);
        assertTrue(redacted.contains("Set-CalendarProcessing -Identity Neuvotteluhuone -AutomateProcessing AutoAccept"), redacted);
        assertTrue(redacted.endsWith("Kiitos, [NAME_1] [NAME_2]") || redacted.endsWith("Kiitos, [NAME_2] [NAME_3]"), redacted);
    }

    @Test
    void outsideACommandTheSameShapesAreNames() {
        var redacted = redact("Ask Lowri Grant-Evans about the laptop, she set it up with Dafydd.");
        assertTrue(!redacted.contains("Grant-Evans") && !redacted.contains("Lowri") && !redacted.contains("Dafydd"), redacted);
    }
}
