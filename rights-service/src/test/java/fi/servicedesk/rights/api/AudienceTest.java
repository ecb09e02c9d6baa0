package fi.servicedesk.rights.api;

import fi.servicedesk.testsupport.AudienceContract;
import io.quarkus.test.junit.QuarkusTest;

/** R9.2: rights-service accepts only tokens issued for it; a token for another service gets 401. */
@QuarkusTest
class AudienceTest extends AudienceContract {

    AudienceTest() {
        super("rights-service", "dpo", "/api/v1/requests");
    }
}
