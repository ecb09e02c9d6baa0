package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolWordsTest {

    private final Redactor redactor = new Redactor(true);

    private String redact(String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }

    @Test
    void literalsLevelsSignalsAndPrivilegesAreNoNames() {
        var log = "12:00:01 Warning worker crashed on SIGBUS, restarted by Sami Kallio\n"
                + "SeBackupPrivilege  Back up files  Disabled\n"
                + "[Pipeline] stage\nJob 5521 started by Hanna Lehto, retry None\nLogon as ADAM\\hlehto failed";
        var redacted = redact(log);
        assertTrue(redacted.contains("Warning worker crashed on SIGBUS"), redacted);
        assertTrue(redacted.contains("SeBackupPrivilege  Back up files  Disabled"), redacted);
        assertTrue(redacted.contains("[Pipeline] stage\nJob 5521") && redacted.contains("ADAM\\"), redacted);
        assertFalse(redacted.contains("Kallio") || redacted.contains("Lehto") || redacted.contains("Hanna"), redacted);
    }

    @Test
    void aPriorityIsNoName() {
        var redacted = redact("Status: Open    Priority: High\nReporter: Hugo Wadström\n\"Severity\": \"Medium\"");
        assertTrue(redacted.contains("Priority: High") && redacted.contains("\"Medium\""), redacted);
        assertFalse(redacted.contains("Wadström"), redacted);
    }

    @Test
    void aNameSpeltLikeNoToolWordStays() {
        var redacted = redact("Verified by Siiri Mattila, Error report to Matias Salo");
        assertFalse(redacted.contains("Mattila") || redacted.contains("Siiri") || redacted.contains("Salo"), redacted);
    }
}
