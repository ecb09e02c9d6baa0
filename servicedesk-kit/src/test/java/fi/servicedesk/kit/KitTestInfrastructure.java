package fi.servicedesk.kit;

import fi.servicedesk.testsupport.KafkaTestBroker;
import io.quarkus.test.common.QuarkusTestResource;

/** The real infrastructure every test of the kit runs against. */
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(ProxiedPostgres.class)
public final class KitTestInfrastructure {

    private KitTestInfrastructure() {
    }
}
