package fi.servicedesk.rights.portal;

import java.util.UUID;

/** One case as the queue lists it: never its identifiers. {@code urgency} is overdue, soon or empty. */
@io.quarkus.qute.TemplateData
public record QueueRow(UUID id, String type, String status, String received, String due, boolean extended,
                       long daysLeft, long ownersAnswered, int owners, String urgency) {
}
