package fi.servicedesk.testsupport;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** The running test application's management interface (health, metrics, OpenAPI), a port of its own. */
public final class Management {

    private Management() {
    }

    /** The URL of {@code path} below the management root, e.g. {@code url("/metrics")} for /q/metrics. */
    public static String url(String path) {
        return TestHTTPResourceManager.getManagementUri() + path;
    }
}
