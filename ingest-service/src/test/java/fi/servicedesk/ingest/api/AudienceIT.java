package fi.servicedesk.ingest.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * R9.2 against the packaged jar: {@link AudienceTest}'s contract, run again on the jar. This run also
 * trains the jar's JDK AOT cache, target/quarkus-app/app.aot (docs/benchmarks.md "Start-up and
 * memory"): the cache holds what the service loads and links from start to serving requests.
 */
@QuarkusIntegrationTest
class AudienceIT extends AudienceTest {
}
