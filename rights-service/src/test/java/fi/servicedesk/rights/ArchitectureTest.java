package fi.servicedesk.rights;

import fi.servicedesk.testsupport.ThreeFloors;

/** This service in three floors, with {@code api, messaging} on top. */
class ArchitectureTest extends ThreeFloors {

    ArchitectureTest() {
        super("rights", "api", "portal", "messaging");
    }
}
