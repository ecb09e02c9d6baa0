package fi.servicedesk.k8s;

import fi.servicedesk.k8s.KubernetesObjects.Rendered;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts and the services agree: every variable a chart gives a container is one its service
 * reads (a misspelt name is silently ignored by the service, as INGEST_TRANSCRIPTION_TOKEN was),
 * and every setting a service cannot start without in production is given by its chart.
 */
class ConfigContractTest {

    /**
     * Variables read by the JVM, Quarkus or the Kafka client rather than declared by a service:
     * each is a documented setting of its owner that the services leave at its default.
     */
    private static final Set<String> PLATFORM = Set.of(
            "JDK_JAVA_OPTIONS",                 // the java launcher's options
            "MALLOC_ARENA_MAX",                 // glibc's malloc arenas, under the JVM
            "QUARKUS_HTTP_HOST",                // quarkus.http.host
            "QUARKUS_MANAGEMENT_HOST",          // quarkus.management.host
            "QUARKUS_MANAGEMENT_PORT",          // quarkus.management.port
            "QUARKUS_OIDC_CLIENT_ID",           // quarkus.oidc.client-id
            "QUARKUS_OIDC_CREDENTIALS_SECRET",  // quarkus.oidc.credentials.secret
            "KAFKA_SECURITY_PROTOCOL",          // kafka.security.protocol, passed to every Kafka client
            "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_LOCATION");

    private static String fullname(String service) {
        return Charts.RELEASE + "-" + service;
    }

    /** Every variable the release gives the service's container: its ConfigMap's keys and its env. */
    private static Set<String> chartVariables(Rendered rendered, String service) {
        Set<String> names = new TreeSet<>(rendered.named(ConfigMap.class, fullname(service)).getData().keySet());
        Container container = rendered.all(Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(fullname(service)))
                .map(d -> d.getSpec().getTemplate().getSpec())
                .findFirst()
                .or(() -> rendered.all(CronJob.class).stream()
                        .filter(c -> c.getMetadata().getName().equals(fullname(service)))
                        .map(c -> c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec())
                        .findFirst())
                .orElseThrow()
                .getContainers().getFirst();
        container.getEnv().stream().map(EnvVar::getName).forEach(names::add);
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "kind"})
    void everyVariableAChartSetsIsOneItsServiceReads(String valueSet) {
        Rendered rendered = UmbrellaRenderTest.rendered(valueSet);
        for (String service : Charts.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Set<String> unread = new TreeSet<>();
            for (String variable : chartVariables(rendered, service)) {
                if (!PLATFORM.contains(variable) && !settings.reads(variable)) {
                    unread.add(variable);
                }
            }
            assertTrue(unread.isEmpty(), valueSet + ": " + service + " reads none of " + unread);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "kind"})
    void everySettingAServiceNeedsIsSetByItsChart(String valueSet) {
        Rendered rendered = UmbrellaRenderTest.rendered(valueSet);
        for (String service : Charts.SERVICES) {
            Set<String> required = ServiceSettings.of(service).requiredVariables();
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(chartVariables(rendered, service));
            assertTrue(missing.isEmpty(), valueSet + ": the chart of " + service + " does not set " + missing);
        }
    }

    @Test
    void theCheckKnowsTheServicesSecretsAndRefusesAMisspeltName() {
        ServiceSettings ingest = ServiceSettings.of("ingest-service");
        assertTrue(ingest.requiredVariables().containsAll(Set.of("INGEST_MASTER_KEYS", "SERVICEDESK_MATCHING_KEY",
                "INGEST_WEBHOOK_SECRET_CHAT", "QUARKUS_OIDC_AUTH_SERVER_URL")), ingest.requiredVariables().toString());
        assertTrue(ingest.reads("INGEST_TRANSCRIPTION_BEARER_TOKEN"));
        assertFalse(ingest.reads("INGEST_TRANSCRIPTION_TOKEN"), "the name the chart once set, which ingest never read");
        assertTrue(ServiceSettings.of("retention-service").reads("RETENTION_POLICY_RECORDING"));
        assertTrue(ServiceSettings.of("rights-service").requiredVariables().contains("RIGHTS_MASTER_KEY"));
    }

    /**
     * Issue #13: the portal's OIDC client (id, secret from a Secret, issuer) reaches rights-service, and
     * its session and CSRF cookies are Secure in every deployment; only the local suite turns that off.
     */
    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "kind"})
    void thePortalsClientIssuerAndSecureCookiesAreSetAndRead(String valueSet) {
        Rendered rendered = UmbrellaRenderTest.rendered(valueSet);
        Map<String, String> config = rendered.named(ConfigMap.class, fullname("rights-service")).getData();
        assertEquals("true", config.get("RIGHTS_PORTAL_ENABLED"));
        assertEquals("rights-portal", config.get("RIGHTS_PORTAL_CLIENT_ID"));
        assertEquals(config.get("QUARKUS_OIDC_AUTH_SERVER_URL"), config.get("RIGHTS_PORTAL_AUTH_SERVER_URL"));
        assertEquals("true", config.get("QUARKUS_OIDC_DPO_PORTAL_AUTHENTICATION_COOKIE_FORCE_SECURE"));
        assertEquals("true", config.get("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE"));
        EnvVar secret = rightsContainer(rendered).getEnv().stream()
                .filter(e -> e.getName().equals("RIGHTS_PORTAL_CLIENT_SECRET")).findFirst().orElseThrow();
        assertEquals("rights-portal-oidc", secret.getValueFrom().getSecretKeyRef().getName());
        assertEquals("client-secret", secret.getValueFrom().getSecretKeyRef().getKey());

        ServiceSettings rights = ServiceSettings.of("rights-service");
        for (String variable : Set.of("RIGHTS_PORTAL_ENABLED", "RIGHTS_PORTAL_CLIENT_ID", "RIGHTS_PORTAL_CLIENT_SECRET",
                "RIGHTS_PORTAL_AUTH_SERVER_URL")) {
            assertTrue(rights.reads(variable), variable);
        }
        for (String cookie : Set.of("quarkus.oidc.dpo-portal.authentication.cookie-force-secure", "quarkus.rest-csrf.cookie-force-secure")) {
            assertEquals("true", rights.property(cookie), cookie + " outside the local and test profiles");
            assertEquals(null, rights.property("%prod." + cookie), cookie);
        }
    }

    @Test
    void aDisabledPortalNeedsNoClientSecret() {
        Rendered rendered = KubernetesObjects.parse(Charts.render(Charts.UMBRELLA, null,
                Map.of("rights-service.portal.enabled", false, "rights-service.portal.existingSecret", "")));
        assertEquals("false", rendered.named(ConfigMap.class, fullname("rights-service")).getData().get("RIGHTS_PORTAL_ENABLED"));
        assertFalse(rightsContainer(rendered).getEnv().stream().anyMatch(e -> e.getName().startsWith("RIGHTS_PORTAL_")));
    }

    private static Container rightsContainer(Rendered rendered) {
        return rendered.named(Deployment.class, fullname("rights-service")).getSpec().getTemplate().getSpec()
                .getContainers().getFirst();
    }

    /** The Ingress lets through what ingest accepts: recordings of its largest size, for as long as an upload may take (R5.4). */
    @Test
    void ingestsIngressAllowsItsLargestRecordingForItsWholeUpload() {
        ServiceSettings ingest = ServiceSettings.of("ingest-service");
        Map<String, String> annotations = UmbrellaRenderTest.rendered("production")
                .named(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, fullname("ingest-service"))
                .getMetadata().getAnnotations();
        String maxBytes = ingest.property("ingest.recordings.max-bytes");
        assertEquals(maxBytes.toLowerCase(), annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
        assertEquals(ingest.property("ingest.recordings.upload-timeout-seconds"),
                annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"));
    }
}
