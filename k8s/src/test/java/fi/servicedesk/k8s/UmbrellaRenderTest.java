package fi.servicedesk.k8s;

import fi.servicedesk.k8s.KubernetesObjects.Rendered;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The umbrella chart rendered with its default values and with examples/production-values.yaml. */
class UmbrellaRenderTest {

    private static final Map<String, Rendered> RENDERED = new HashMap<>();
    /** Names of settings that hold secrets (INGEST_WEBHOOK_SECRET_CHAT, INGEST_MASTER_KEYS, KAFKA_SASL_JAAS_CONFIG ...). */
    private static final java.util.regex.Pattern SECRET_NAMES =
            java.util.regex.Pattern.compile(".*(PASSWORD|_SECRET|_SECRET_[A-Z]+|_KEY|_KEYS|_TOKEN|JAAS_CONFIG)");

    static Stream<Arguments> valueSets() {
        return Stream.of(Arguments.of("default"), Arguments.of("production"), Arguments.of("kind"));
    }

    /** Renders once per value set; with -Prender also writes the manifests to target/rendered. */
    static synchronized Rendered rendered(String valueSet) {
        return RENDERED.computeIfAbsent(valueSet, set -> {
            Path values = switch (set) {
                case "production" -> Charts.productionValues();
                case "kind" -> Charts.examples().resolve("values-kind.yaml");
                default -> null;
            };
            String yaml = Charts.renderText(Charts.UMBRELLA, values, Map.of());
            write(set, yaml);
            return KubernetesObjects.parse(Charts.documents(yaml));
        });
    }

    private static void write(String valueSet, String yaml) {
        String dir = System.getProperty("charts.render.dir", "");
        if (dir.isBlank()) {
            return;
        }
        String file = valueSet.equals("default") ? "servicedesk-register.yaml" : "servicedesk-register-" + valueSet + ".yaml";
        try {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, file), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fullname(String service) {
        return Charts.RELEASE + "-" + service;
    }

    /** Every pod template the release runs: the Deployments' and the CronJobs' job templates. */
    private static Map<String, PodTemplateSpec> podTemplates(Rendered rendered) {
        Map<String, PodTemplateSpec> templates = new HashMap<>();
        rendered.all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        rendered.all(CronJob.class).forEach(c -> templates.put(c.getMetadata().getName(),
                c.getSpec().getJobTemplate().getSpec().getTemplate()));
        return templates;
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void everyServiceRunsWithItsCompanionObjects(String valueSet) {
        Rendered r = rendered(valueSet);
        for (String service : List.of("ingest-service", "redaction-service", "rights-service")) {
            String name = fullname(service);
            r.named(Deployment.class, name);
            r.named(Service.class, name);
            if (!valueSet.equals("kind")) { // one replica each on kind: no budget to keep
                r.named(PodDisruptionBudget.class, name);
            }
        }
        r.named(CronJob.class, fullname("retention-service"));
        assertTrue(r.all(Deployment.class).stream().noneMatch(d -> d.getMetadata().getName().contains("retention")),
                "retention runs as a CronJob by default, not as a Deployment");
        for (String service : Charts.SERVICES) {
            r.named(ConfigMap.class, fullname(service));
            r.named(ServiceAccount.class, fullname(service));
            r.named(NetworkPolicy.class, fullname(service));
        }
        Set<String> scaled = r.all(HorizontalPodAutoscaler.class).stream()
                .map(h -> h.getSpec().getScaleTargetRef().getName()).collect(Collectors.toSet());
        assertEquals(valueSet.equals("kind") ? Set.of() : Set.of(fullname("ingest-service"), fullname("redaction-service")), scaled);
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void noSecretIsRendered(String valueSet) {
        Rendered r = rendered(valueSet);
        assertTrue(r.all(io.fabric8.kubernetes.api.model.Secret.class).isEmpty(), "secrets are referenced (existingSecret), never rendered");
        for (var entry : podTemplates(r).entrySet()) {
            for (Container c : entry.getValue().getSpec().getContainers()) {
                for (EnvVar env : c.getEnv()) {
                    boolean secretish = SECRET_NAMES.matcher(env.getName()).matches();
                    if (secretish) {
                        assertNotNull(env.getValueFrom(), entry.getKey() + ": " + env.getName() + " must come from a Secret");
                        assertNotNull(env.getValueFrom().getSecretKeyRef(), entry.getKey() + ": " + env.getName() + " must come from a Secret");
                    }
                }
            }
        }
        for (ConfigMap cm : r.all(ConfigMap.class)) {
            for (String key : cm.getData().keySet()) {
                assertFalse(SECRET_NAMES.matcher(key).matches(), cm.getMetadata().getName() + " holds " + key);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void everyContainerHasResourcesProbesAndAHardenedSecurityContext(String valueSet) {
        Map<String, PodTemplateSpec> templates = podTemplates(rendered(valueSet));
        assertEquals(4, templates.size());
        for (var entry : templates.entrySet()) {
            String where = valueSet + " " + entry.getKey();
            PodSpec pod = entry.getValue().getSpec();
            PodSecurityContext psc = pod.getSecurityContext();
            assertAll(where,
                    () -> assertEquals(Boolean.TRUE, psc.getRunAsNonRoot(), "pod runAsNonRoot"),
                    () -> assertEquals("RuntimeDefault", psc.getSeccompProfile().getType(), "pod seccomp"),
                    () -> assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no service-account token"),
                    () -> assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals("tmp") && v.getEmptyDir() != null), "emptyDir tmp"));
            assertEquals(1, pod.getContainers().size(), where);
            for (Container c : pod.getContainers()) {
                SecurityContext sc = c.getSecurityContext();
                assertAll(where + " " + c.getName(),
                        () -> assertEquals(Boolean.TRUE, sc.getRunAsNonRoot(), "runAsNonRoot"),
                        () -> assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), "readOnlyRootFilesystem"),
                        () -> assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), "allowPrivilegeEscalation"),
                        () -> assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), "drop ALL"),
                        () -> assertEquals("RuntimeDefault", sc.getSeccompProfile().getType(), "seccomp"),
                        () -> assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getName().equals("tmp") && m.getMountPath().equals("/tmp")), "/tmp mounted"),
                        () -> assertNotNull(c.getResources().getRequests().get("cpu"), "cpu request"),
                        () -> assertNotNull(c.getResources().getRequests().get("memory"), "memory request"),
                        () -> assertNotNull(c.getResources().getLimits().get("memory"), "memory limit"),
                        () -> assertProbe(c.getStartupProbe(), "/q/health/started"),
                        () -> assertProbe(c.getLivenessProbe(), "/q/health/live"),
                        () -> assertProbe(c.getReadinessProbe(), "/q/health/ready"),
                        () -> assertEquals(List.of(8080, 9000), c.getPorts().stream().map(p -> p.getContainerPort()).toList(), "ports 8080 and 9000"),
                        () -> assertTrue(c.getImage().matches("[^:@]+(/[^:@]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})"), "image by tag or digest: " + c.getImage()),
                        () -> assertFalse(c.getImage().endsWith(":latest"), "no latest"));
            }
        }
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, path);
        assertEquals(path, get.getPath());
        assertEquals("management", get.getPort().getStrVal(), "health is on the management interface (9000)");
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void selectorsCarryNameAndInstanceOnlyAndObjectsTheRecommendedLabels(String valueSet) {
        Rendered r = rendered(valueSet);
        Set<String> selectorKeys = Set.of("app.kubernetes.io/name", "app.kubernetes.io/instance");
        for (Deployment d : r.all(Deployment.class)) {
            assertEquals(selectorKeys, d.getSpec().getSelector().getMatchLabels().keySet(), d.getMetadata().getName());
        }
        for (Service s : r.all(Service.class)) {
            assertEquals(selectorKeys, s.getSpec().getSelector().keySet(), s.getMetadata().getName());
        }
        for (PodDisruptionBudget p : r.all(PodDisruptionBudget.class)) {
            assertEquals(selectorKeys, p.getSpec().getSelector().getMatchLabels().keySet(), p.getMetadata().getName());
        }
        for (NetworkPolicy n : r.all(NetworkPolicy.class)) {
            assertEquals(selectorKeys, n.getSpec().getPodSelector().getMatchLabels().keySet(), n.getMetadata().getName());
        }
        Set<String> recommended = Set.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
                "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by", "helm.sh/chart");
        for (HasMetadata o : r.objects()) {
            assertTrue(o.getMetadata().getLabels().keySet().containsAll(recommended), o.getKind() + " " + o.getMetadata().getName() + " labels");
            assertEquals("servicedesk-register", o.getMetadata().getLabels().get("app.kubernetes.io/part-of"));
        }
        podTemplates(r).forEach((name, t) -> assertTrue(t.getMetadata().getLabels().keySet().containsAll(recommended), name + " pod labels"));
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void retentionRunsAsACronJobThatNeverOverlapsInJobMode(String valueSet) {
        Rendered r = rendered(valueSet);
        CronJob cron = r.named(CronJob.class, fullname("retention-service"));
        var spec = cron.getSpec();
        assertAll(
                () -> assertEquals("Forbid", spec.getConcurrencyPolicy()),
                () -> assertNotNull(spec.getStartingDeadlineSeconds()),
                () -> assertNotNull(spec.getSuccessfulJobsHistoryLimit()),
                () -> assertTrue(spec.getFailedJobsHistoryLimit() > 0),
                () -> assertNotNull(spec.getTimeZone()),
                () -> assertNotNull(spec.getJobTemplate().getSpec().getBackoffLimit()),
                () -> assertNotNull(spec.getJobTemplate().getSpec().getTtlSecondsAfterFinished()),
                () -> assertEquals("FailJob", spec.getJobTemplate().getSpec().getPodFailurePolicy().getRules().getFirst().getAction()),
                () -> assertEquals(List.of(2), spec.getJobTemplate().getSpec().getPodFailurePolicy().getRules().getFirst()
                        .getOnExitCodes().getValues(), "a non-compliant verdict (exit 2) is never retried"),
                () -> assertEquals("Never", spec.getJobTemplate().getSpec().getTemplate().getSpec().getRestartPolicy()),
                () -> assertEquals("job", r.named(ConfigMap.class, fullname("retention-service")).getData().get("RETENTION_MODE")));
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void everyServiceGetsItsSettingsAndSecretsUnderTheConventionalNames(String valueSet) {
        Rendered r = rendered(valueSet);
        Map<String, PodTemplateSpec> templates = podTemplates(r);
        Map<String, Set<String>> secretEnv = Map.of(
                "ingest-service", Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_KEYS_USERNAME",
                        "QUARKUS_DATASOURCE_KEYS_PASSWORD", "INGEST_WEBHOOK_SECRET_CHAT", "INGEST_WEBHOOK_SECRET_TELEPHONY",
                        "INGEST_WEBHOOK_SECRET_TRANSCRIPTION", "INGEST_MASTER_KEYS", "SERVICEDESK_MATCHING_KEY"),
                "redaction-service", Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "REDACTION_PSEUDONYM_KEY",
                        "SERVICEDESK_MATCHING_KEY"),
                "retention-service", Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"),
                "rights-service", Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "RIGHTS_MASTER_KEY",
                        "SERVICEDESK_MATCHING_KEY"));
        for (String service : Charts.SERVICES) {
            Container c = templates.get(fullname(service)).getSpec().getContainers().getFirst();
            Set<String> fromSecrets = c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(EnvVar::getName).collect(Collectors.toSet());
            assertTrue(fromSecrets.containsAll(secretEnv.get(service)), service + " has " + fromSecrets);
            assertEquals(fullname(service), c.getEnvFrom().getFirst().getConfigMapRef().getName());
            Map<String, String> config = r.named(ConfigMap.class, fullname(service)).getData();
            assertAll(service,
                    () -> assertEquals("8080", config.get("QUARKUS_HTTP_PORT")),
                    () -> assertTrue(config.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://")),
                    () -> assertFalse(config.get("KAFKA_BOOTSTRAP_SERVERS").isBlank()),
                    () -> assertNotNull(config.get("KAFKA_SECURITY_PROTOCOL")),
                    () -> assertTrue(config.get("QUARKUS_OIDC_AUTH_SERVER_URL").matches("https?://.+")));
        }
        Map<String, String> ingest = r.named(ConfigMap.class, fullname("ingest-service")).getData();
        assertTrue(ingest.get("QUARKUS_DATASOURCE_KEYS_JDBC_URL").startsWith("jdbc:postgresql://"));
        assertNotNull(ingest.get("INGEST_TRANSCRIPTION_ENABLED"));
    }

    @Test
    void productionValuesUseSaslTlsTranscriptionAndTheRetentionPolicy() {
        Rendered r = rendered("production");
        Map<String, PodTemplateSpec> templates = podTemplates(r);
        for (String service : Charts.SERVICES) {
            PodSpec pod = templates.get(fullname(service)).getSpec();
            Container c = pod.getContainers().getFirst();
            assertTrue(c.getEnv().stream().anyMatch(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")
                    && e.getValueFrom().getSecretKeyRef().getName().equals(service)), service + " Kafka credentials of its KafkaUser");
            Map<String, String> config = r.named(ConfigMap.class, fullname(service)).getData();
            assertEquals("SASL_SSL", config.get("KAFKA_SECURITY_PROTOCOL"));
            assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM"));
            String truststore = config.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
            Volume ca = pod.getVolumes().stream().filter(v -> v.getName().equals("kafka-ca")).findFirst().orElseThrow();
            assertEquals("events-cluster-ca-cert", ca.getSecret().getSecretName());
            assertTrue(c.getVolumeMounts().stream().anyMatch(m -> truststore.startsWith(m.getMountPath() + "/")), truststore);
            assertTrue(config.get("QUARKUS_DATASOURCE_JDBC_URL").endsWith("?sslmode=verify-full"));
        }
        Container ingest = templates.get(fullname("ingest-service")).getSpec().getContainers().getFirst();
        assertTrue(ingest.getImage().startsWith("registry.example.fi/servicedesk/ingest-service@sha256:"), ingest.getImage());
        assertTrue(ingest.getEnv().stream().anyMatch(e -> e.getName().equals("INGEST_TRANSCRIPTION_BEARER_TOKEN")));
        assertEquals("https://transcribe.example.eu/v2/jobs", r.named(ConfigMap.class, fullname("ingest-service")).getData().get("INGEST_TRANSCRIPTION_URL"));
        Container retention = templates.get(fullname("retention-service")).getSpec().getContainers().getFirst();
        assertEquals("registry.example.fi/servicedesk/retention-service:0.1.0-native", retention.getImage());
        assertTrue(retention.getEnv().stream().anyMatch(e -> e.getName().equals("RETENTION_POLICY_RECORDING") && e.getValue().equals("P3M")));
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void networkPoliciesDenyByDefaultAndAllowOnlyTheNeededPeers(String valueSet) {
        Rendered r = rendered(valueSet);
        for (String service : Charts.SERVICES) {
            NetworkPolicy np = r.named(NetworkPolicy.class, fullname(service));
            assertEquals(List.of("Ingress", "Egress"), np.getSpec().getPolicyTypes(), service);
            Set<Integer> egressPorts = np.getSpec().getEgress().stream().flatMap(e -> e.getPorts().stream())
                    .map(NetworkPolicyPort::getPort).map(p -> p.getIntVal()).collect(Collectors.toSet());
            assertTrue(egressPorts.containsAll(Set.of(53, 5432, 443)), service + " egress " + egressPorts);
            assertTrue(egressPorts.contains(9093), service + " egress to Kafka");
            np.getSpec().getIngress().forEach(rule -> assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(),
                    service + ": an ingress rule without peers would admit everyone"));
        }
        NetworkPolicy redaction = r.named(NetworkPolicy.class, fullname("redaction-service"));
        assertTrue(redaction.getSpec().getIngress().stream().noneMatch(UmbrellaRenderTest::onHttpPort),
                "redaction takes no API traffic unless peers are given");
        List<NetworkPolicyPeer> rightsPeers = r.named(NetworkPolicy.class, fullname("rights-service")).getSpec().getIngress()
                .stream().filter(UmbrellaRenderTest::onHttpPort).flatMap(i -> i.getFrom().stream()).toList();
        assertFalse(rightsPeers.isEmpty());
        rightsPeers.forEach(p -> assertAll("rights ingress only from the portal",
                () -> assertNotNull(p.getNamespaceSelector()), () -> assertNotNull(p.getPodSelector())));
        if (valueSet.equals("production")) {
            NetworkPolicy ingest = r.named(NetworkPolicy.class, fullname("ingest-service"));
            List<NetworkPolicyPeer> peers = ingest.getSpec().getIngress().stream().filter(UmbrellaRenderTest::onHttpPort)
                    .flatMap(i -> i.getFrom().stream()).filter(p -> p.getIpBlock() != null).toList();
            assertEquals(List.of("198.51.100.0/24", "203.0.113.16/28"), peers.stream().map(p -> p.getIpBlock().getCidr()).toList());
            assertTrue(ingest.getSpec().getEgress().stream().anyMatch(e -> e.getTo() != null && e.getTo().stream()
                    .anyMatch(p -> p.getIpBlock() != null && p.getIpBlock().getCidr().equals("192.0.2.64/27"))), "egress to transcription");
        }
    }

    private static boolean onHttpPort(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule rule) {
        return rule.getPorts().stream().anyMatch(p -> "http".equals(p.getPort().getStrVal()));
    }
}
