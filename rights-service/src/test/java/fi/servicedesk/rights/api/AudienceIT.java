package fi.servicedesk.rights.api;

import fi.servicedesk.testsupport.AudienceContract;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * R9.2 against the packaged jar: the same contract as {@link AudienceTest}. This run also trains
 * the jar's JDK AOT cache, target/quarkus-app/app.aot (docs/benchmarks.md "Start-up and memory"):
 * the cache holds what the service loads and links from start to serving requests.
 */
@QuarkusIntegrationTest
class AudienceIT extends AudienceContract {

    AudienceIT() {
        super("rights-service", "dpo", "/api/v1/requests");
    }
}
