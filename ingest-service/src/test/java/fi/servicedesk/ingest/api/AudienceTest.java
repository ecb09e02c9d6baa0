package fi.servicedesk.ingest.api;

import fi.servicedesk.testsupport.AudienceContract;
import io.quarkus.test.junit.QuarkusTest;

/** R9.2: ingest-service accepts only tokens issued for it; a token for another service gets 401. */
@QuarkusTest
class AudienceTest extends AudienceContract {

    AudienceTest() {
        super("ingest-service", "auditor", "/api/v1/audit");
    }
}
