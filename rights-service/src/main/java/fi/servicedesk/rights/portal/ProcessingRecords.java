package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Art. 30 record from what is deployed: the controller and DPO (R2.1), the services
 * that hold the data (rights.expected-owners), and the retention periods in force (R8); the
 * notice's fixed facts (purposes, categories, recipients, transfers, security) from the message bundle.
 */
@ApplicationScoped
public class ProcessingRecords {

    private final RightsConfig config;

    ProcessingRecords(RightsConfig config) {
        this.config = config;
    }

    public ProcessingRecord record(PortalText t) {
        var controller = config.controller();
        var retention = config.retention();
        var sections = new ArrayList<ProcessingRecord.Section>();
        sections.add(section(t, "controller", List.of(controller.name() + ", " + controller.address(),
                t.get("records.dpo") + ": " + controller.dpoContact(),
                t.get("records.request-contact") + ": " + controller.requestContact())));
        sections.add(section(t, "purposes", List.of(t.get("records.purpose.disputes"), t.get("records.purpose.bots"),
                t.get("records.legal-basis"))));
        sections.add(section(t, "data", List.of(t.get("records.data.name"), t.get("records.data.contact"),
                t.get("records.data.phone"), t.get("records.data.recording"), t.get("records.data.text"))));
        sections.add(section(t, "subjects", List.of(t.get("records.subjects.end-users"))));
        sections.add(section(t, "recipients", List.of(t.get("records.recipients.transcription"),
                t.get("records.recipients.auditors"))));
        sections.add(section(t, "transfers", List.of(t.get("records.transfers.recording"),
                t.get("records.transfers.rest"))));
        sections.add(section(t, "retention", List.of(
                t.format("records.retention.disputes", retention.disputeMonths(), null),
                t.format("records.retention.bots", retention.botDevelopmentMonths(), null),
                t.format("records.retention.recordings", retention.recordingMonths(), null))));
        sections.add(section(t, "systems", config.expectedOwners().stream()
                .map(owner -> t.format("records.systems.owner", owner, null)).toList()));
        sections.add(section(t, "security", List.of(t.get("records.security.encryption"),
                t.get("records.security.shredding"), t.get("records.security.access"),
                t.get("records.security.redaction"), t.get("records.security.transport"))));
        return new ProcessingRecord(t.get("portal.register"), sections);
    }

    private static ProcessingRecord.Section section(PortalText t, String key, List<String> entries) {
        return new ProcessingRecord.Section(key, t.get("records." + key), entries);
    }
}
