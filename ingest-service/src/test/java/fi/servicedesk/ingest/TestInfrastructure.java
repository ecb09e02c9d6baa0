package fi.servicedesk.ingest;

import fi.servicedesk.testsupport.KafkaTestBroker;
import fi.servicedesk.testsupport.OidcTestKeys;
import fi.servicedesk.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real infrastructure every test of this module runs against: Kafka, PostgreSQL, signed tokens. */
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(OidcTestKeys.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = {
        @ResourceArg(name = "database", value = "ingest_test"),
        @ResourceArg(name = "datasource.keys", value = "ingest_keys_test")})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
