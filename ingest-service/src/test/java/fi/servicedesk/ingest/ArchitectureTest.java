package fi.servicedesk.ingest;

import fi.servicedesk.testsupport.ThreeFloors;

/** This service in three floors, with {@code api, messaging, webhooks} on top. */
class ArchitectureTest extends ThreeFloors {

    ArchitectureTest() {
        super("ingest", "api", "messaging", "webhooks");
    }
}
