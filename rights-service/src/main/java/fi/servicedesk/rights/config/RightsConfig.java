package fi.servicedesk.rights.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

@ConfigMapping(prefix = "rights")
public interface RightsConfig {

    Outbox outbox();

    /** Base64 of the 32-byte AES-256-GCM key that seals the identifiers and data held in case records. */
    String masterKey();

    /**
     * Base64 of at least 32 bytes, the same in rights and every owner (SERVICEDESK_MATCHING_KEY):
     * commands name the subject by keyed hashes under it and seal values under a key derived from
     * it (contracts/README.md, "Matching hashes", "Sealed values").
     */
    String matchingKey();

    /** R2.1: who the controller is, shown in every response and in the access package. */
    Controller controller();

    /** The services that hold the subject's data and must answer every rights command (DESIGN §5). */
    @WithDefault("ingest-service,redaction-service")
    List<String> expectedOwners();

    /** How long an owner may take to answer before it shows as overdue on the case and in the metric. */
    @WithDefault("PT10M")
    Duration ownerTimeout();

    /** How often the owners' time-outs are checked. */
    @WithDefault("30s")
    String overdueCheckEvery();

    /** How often the gauges read from the database (retention's last verdict, cases past due) are refreshed. */
    @WithDefault("30s")
    String metricsRefreshEvery();

    /** How long after its case completed an access package can be downloaded; then it answers 410 Gone. */
    @WithDefault("P30D")
    Duration accessPackageExpiry();

    /** The calendar in which "one month after receipt" is counted (R10.6). */
    @WithDefault("Europe/Helsinki")
    ZoneId deadlineZone();

    /** The notice's retention periods (R8), as the access report states them; retention-service enforces them. */
    Retention retention();

    interface Retention {
        /** R8.1: dispute data (purpose A), months from storing. */
        @WithDefault("12")
        int disputeMonths();

        /** R8.2: de-identified bot-development data (purpose B), months from storing. */
        @WithDefault("12")
        int botDevelopmentMonths();

        /** R8.3: call recordings, months from recording. */
        @WithDefault("3")
        int recordingMonths();
    }

    interface Outbox {
        /**
         * How often OutboxRelay looks for rows whose commit-time wake-up was lost (a crash, a failed
         * send): the safety net, since rows are relayed as soon as they commit. {@code off} stops only
         * this schedule. Quarkus runs schedules at most once a second.
         */
        @WithDefault("1s")
        String relayEvery();
    }

    interface Controller {
        @WithDefault("Example Service Desk Oy")
        String name();

        @WithDefault("Esimerkkikatu 1, 00100 Helsinki, Finland")
        String address();

        /** How to reach the data protection officer. */
        @WithDefault("dpo@example.com")
        String dpoContact();

        /** R10.5: the contact person through whom data-subject requests go. */
        @WithDefault("Privacy Contact, privacy@example.com")
        String requestContact();
    }
}
