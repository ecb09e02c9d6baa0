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
    void severitiesStatesAndActionsAreNoNamesWhereATreePrintsThem() {
        var redacted = redact("Hei, hälytysketju toimi väärin:\n07:00 Notified Aino Laine via push\n10:05 Resolved by Eero Salo\n"
                + "Severity: High\nStatus: Waiting for support    Priority: Low\n"
                + "Kaisa Ranta transitioned SEC-9333 from To Do to In Review\n"
                + "2026-04-12 15:00:06 openvpn[79313]: ahlaine/10.8.0.1:5166 MULTI: Learn: 10.8.0.241 -> ahlaine/10.2.3.4:5353\n"
                + "\tat jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)");
        assertTrue(redacted.contains("Notified") && redacted.contains("Resolved") && redacted.contains("Severity: High")
                && redacted.contains("Priority: Low") && redacted.contains("In Review") && redacted.contains("Learn:")
                && redacted.contains("(Native Method)"), redacted);
        assertFalse(redacted.contains("Aino") || redacted.contains("Laine") || redacted.contains("Salo") || redacted.contains("Ranta"), redacted);
    }

    @Test
    void aPersonNamedLikeAToolWordStaysInProse() {
        for (var prose : new String[] {"Job Virtanen soitti eilen ja pyysi uutta salasanaa.",
                "Please call Job back, he is waiting for the laptop.", "Ring Job Lindqvist om skrivaren.",
                "Notified Emma Low about the outage: 07:00 ERROR",
                "Sync error: object CN=Freya Major,OU=Contractors,DC=corp,DC=example has no manager"}) {
            var redacted = redact(prose);
            assertFalse(redacted.contains("Job") || redacted.contains("Low") || redacted.contains("Major"), redacted);
        }
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

    @Test
    void applicationAndReplyStatesAreNoNamesAfterTheirKeyOrAListsDash() {
        var redacted = redact("Replies:\nElina Rieskasaari – Accepted\nRenzo Huamán – Tentative\nAino Virta - Declined (\"away\")\n"
                + "{\"applicant\": \"Sakari Tuiskuaho\", \"status\": \"Withdrawn\"}\n"
                + "Vastaukset: Kaisa Ranta – Tentative");
        assertTrue(redacted.contains("– Tentative\n") && redacted.contains("\"Withdrawn\""), redacted);
        assertFalse(redacted.contains("Rieskasaari") || redacted.contains("Tuiskuaho") || redacted.contains("Ranta")
                || redacted.contains("Virta"), redacted);
    }
}
