package fi.servicedesk.redaction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "redaction")
public interface RedactionConfig {

    Outbox outbox();

    /** Base64 of the secret key for keyed pseudonyms (HMAC-SHA256) of conversations and placeholders. */
    String pseudonymKey();

    /**
     * SERVICEDESK_MATCHING_KEY, base64 of at least 32 bytes, shared with rights-service and the
     * other owners: the key of the matching hashes that link subjects to conversations (contracts/README.md).
     */
    String matchingKey();

    Names names();

    interface Names {

        Tagger tagger();

        interface Tagger {
            /**
             * Whether the name tagger (detection/NameTagger, a model learnt from the evaluation sets) adds the
             * words it scores as names to the rules' before the look-alike rules run; false: the rules alone.
             */
            @WithDefault("true")
            boolean enabled();
        }
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
}
