package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** R10.6: answer within one calendar month of receipt, extendable once by two further months. */
@ApplicationScoped
public class Deadlines {

    static final int MONTHS_TO_ANSWER = 1;
    static final int EXTENSION_MONTHS = 2;

    private final RightsConfig config;

    Deadlines(RightsConfig config) {
        this.config = config;
    }

    public Instant dueAt(Instant receivedAt) {
        return receivedAt.atZone(config.deadlineZone()).plusMonths(MONTHS_TO_ANSWER).toInstant();
    }

    public Instant extended(Instant dueAt) {
        return dueAt.atZone(config.deadlineZone()).plusMonths(EXTENSION_MONTHS).toInstant();
    }

    /** Whole calendar days from today to the due day; negative once it has passed. */
    public long daysLeft(Instant dueAt, Instant now) {
        var zone = config.deadlineZone();
        return ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), dueAt.atZone(zone).toLocalDate());
    }
}
