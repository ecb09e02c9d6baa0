package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.compliance.RetentionVerdicts;
import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the Art. 30 record from what is deployed: the controller and DPO (R2.1), the services
 * that hold the data (rights.expected-owners), and the retention periods in force as retention-service
 * last announced them (R8, DESIGN §4); until it has, the notice's periods (rights.retention). The
 * notice's fixed facts (purposes, categories, recipients, transfers, security) from the message bundle.
 */
@ApplicationScoped
public class ProcessingRecords {

    private final RightsConfig config;
    private final RetentionVerdicts verdicts;

    ProcessingRecords(RightsConfig config, RetentionVerdicts verdicts) {
        this.config = config;
        this.verdicts = verdicts;
    }

    public ProcessingRecord record(PortalText t, Function<java.time.Instant, String> date) {
        var controller = config.controller();
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
        sections.add(section(t, "retention", retention(t, date)));
        sections.add(section(t, "systems", config.expectedOwners().stream()
                .map(owner -> t.format("records.systems.owner", owner, null)).toList()));
        sections.add(section(t, "security", List.of(t.get("records.security.encryption"),
                t.get("records.security.shredding"), t.get("records.security.access"),
                t.get("records.security.redaction"), t.get("records.security.transport"))));
        return new ProcessingRecord(t.get("portal.register"), sections);
    }

    private List<String> retention(PortalText t, Function<java.time.Instant, String> date) {
        var policy = verdicts.policy();
        if (policy.isEmpty()) {
            var retention = config.retention();
            return List.of(t.format("records.retention.disputes", retention.disputeMonths(), null),
                    t.format("records.retention.bots", retention.botDevelopmentMonths(), null),
                    t.format("records.retention.recordings", retention.recordingMonths(), null),
                    t.get("records.retention.not-announced"));
        }
        var lines = new ArrayList<String>();
        policy.forEach(p -> lines.add(t.label("category.", p.category()) + ": "
                + t.format("records.retention.period", period(t, p.period()), p.requirement())));
        lines.add(t.format("records.retention.announced", date.apply(policy.getFirst().announcedAt()), null));
        return lines;
    }

    /** The period as announced ("18 months", "3 years") in the page's language; days only where it has them. */
    private static String period(PortalText t, Period period) {
        var parts = new ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(t.format("records.period.years", period.getYears(), null));
        }
        if (period.getMonths() != 0) {
            parts.add(t.format("records.period.months", period.getMonths(), null));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(t.format("records.period.days", period.getDays(), null));
        }
        return String.join(" ", parts);
    }

    private static ProcessingRecord.Section section(PortalText t, String key, List<String> entries) {
        return new ProcessingRecord.Section(key, t.get("records." + key), entries);
    }
}
