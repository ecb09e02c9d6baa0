package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import fi.servicedesk.k8s.KubernetesObjects.Rendered;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What examples/production-values.yaml turns on: Ingresses, ServiceMonitors, alerts, KafkaUsers, and the policies that admit them. */
class WayInAndAlertsTest {

    private static String fullname(String service) {
        return Charts.RELEASE + "-" + service;
    }

    private static Rendered production() {
        return UmbrellaRenderTest.rendered("production");
    }

    @Test
    void ingestAndRightsAreReachableOverTlsWithTheirBodySizesAndTimeOuts() {
        Ingress ingest = production().named(Ingress.class, fullname("ingest-service"));
        Map<String, String> a = ingest.getMetadata().getAnnotations();
        assertAll(
                () -> assertEquals("200m", a.get("nginx.ingress.kubernetes.io/proxy-body-size")),
                () -> assertEquals("900", a.get("nginx.ingress.kubernetes.io/proxy-send-timeout")),
                () -> assertEquals("off", a.get("nginx.ingress.kubernetes.io/proxy-request-buffering")),
                () -> assertEquals("letsencrypt", a.get("cert-manager.io/cluster-issuer")),
                () -> assertEquals(List.of("webhooks.servicedesk.example.fi"), ingest.getSpec().getTls().getFirst().getHosts()),
                () -> assertEquals("/webhooks", ingest.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getPath()),
                () -> assertEquals(fullname("ingest-service"), ingest.getSpec().getRules().getFirst().getHttp().getPaths().getFirst()
                        .getBackend().getService().getName()));
        Ingress rights = production().named(Ingress.class, fullname("rights-service"));
        assertEquals("rights.servicedesk.example.fi", rights.getSpec().getRules().getFirst().getHost());
        assertTrue(UmbrellaRenderTest.rendered("default").all(Ingress.class).isEmpty(), "no way in unless asked for");
    }

    @Test
    void anHttpRouteIsTheGatewayApiAlternative() {
        Rendered r = KubernetesObjects.parse(Charts.render(Charts.UMBRELLA, null, Map.of(
                "ingest-service.httpRoute.enabled", "true",
                "ingest-service.httpRoute.parentRefs[0].name", "public",
                "ingest-service.httpRoute.hostnames[0]", "webhooks.example.fi")));
        JsonNode route = r.custom("HTTPRoute").getFirst();
        JsonNode rule = route.at("/spec/rules/0");
        assertAll(
                () -> assertEquals("public", route.at("/spec/parentRefs/0/name").asText()),
                () -> assertEquals("/webhooks", rule.at("/matches/0/path/value").asText()),
                () -> assertEquals("900s", rule.at("/timeouts/request").asText()),
                () -> assertEquals(8080, rule.at("/backendRefs/0/port").asInt()));
    }

    @Test
    void prometheusScrapesTheManagementPortOfEveryLongRunningService() {
        Rendered r = production();
        List<JsonNode> monitors = r.custom("ServiceMonitor");
        assertEquals(Set.of(fullname("ingest-service"), fullname("redaction-service"), fullname("rights-service")),
                monitors.stream().map(m -> m.at("/metadata/name").asText()).collect(Collectors.toSet()));
        for (JsonNode monitor : monitors) {
            assertEquals("management", monitor.at("/spec/endpoints/0/port").asText());
            assertEquals("/q/metrics", monitor.at("/spec/endpoints/0/path").asText());
            assertEquals("kube-prometheus-stack", monitor.at("/metadata/labels/release").asText());
            Service service = r.named(Service.class, monitor.at("/metadata/name").asText());
            assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals("management") && p.getPort() == 9000));
        }
    }

    @Test
    void networkPoliciesAdmitPrometheusToManagementAndTheControllerOnlyWhereThereIsAWayIn() {
        Rendered r = production();
        for (String service : List.of("ingest-service", "redaction-service", "rights-service")) {
            List<NetworkPolicyIngressRule> rules = r.named(NetworkPolicy.class, fullname(service)).getSpec().getIngress();
            assertTrue(rules.stream().anyMatch(rule -> rule.getPorts().getFirst().getPort().getStrVal().equals("management")
                    && rule.getFrom().getFirst().getPodSelector().getMatchLabels().get("app.kubernetes.io/name").equals("prometheus")), service);
            boolean controller = rules.stream().flatMap(rule -> rule.getFrom().stream())
                    .anyMatch(p -> p.getPodSelector() != null && "ingress-nginx".equals(p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")));
            assertEquals(!service.equals("redaction-service"), controller, service + " admits the ingress controller");
        }
    }

    @Test
    void alertsCoverSweepsParkedAndDeadLetteredEventsOverdueCasesAndOwnersLateOrTimedOut() {
        JsonNode rule = production().custom("PrometheusRule").getFirst();
        Map<String, String> alerts = new java.util.HashMap<>();
        rule.at("/spec/groups").forEach(g -> g.path("rules").forEach(a -> alerts.put(a.path("alert").asText(), a.path("expr").asText())));
        assertEquals(Set.of("RetentionSweepNotCompliant", "RetentionSweepMissing", "RetentionSweepLastCompliantOld",
                "RetentionSweepJobFailed", "OutboxEventsParked", "EventsDeadLettered", "RightsCaseOverdue",
                "RightsOwnersOverdue", "RightsOwnerTimedOut"), alerts.keySet());
        assertAll(
                () -> assertTrue(alerts.get("RetentionSweepMissing").contains("> 93600"), "26 h"),
                () -> assertTrue(alerts.get("RetentionSweepLastCompliantOld").contains("> 93600"), "26 h"),
                () -> assertTrue(alerts.get("RetentionSweepJobFailed").contains("job_name=~\"servicedesk-retention-service-.*\"")),
                () -> assertTrue(alerts.get("OutboxEventsParked").contains("outbox_parked_total")),
                () -> assertTrue(alerts.get("EventsDeadLettered").contains("dead_lettered_total")),
                () -> assertTrue(alerts.get("RightsOwnerTimedOut").contains("rights_owners_timed_out_total")));
    }

    /** Each service reads what its application.properties consume, writes what its Topics class names and its own dead-letter topic; only the owners answer. */
    @Test
    void kafkaUsersReadWhatTheirServicesConsumeAndOnlyOwnersWriteReplies() {
        List<JsonNode> users = production().custom("KafkaUser");
        assertEquals(4, users.size());
        Set<String> replyWriters = new HashSet<>();
        for (JsonNode user : users) {
            String service = user.at("/metadata/name").asText();
            assertEquals("kafka", user.at("/metadata/namespace").asText());
            assertEquals("events", user.at("/metadata/labels/strimzi.io~1cluster").asText());
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
            List<JsonNode> acls = StreamSupport.stream(user.at("/spec/authorization/acls").spliterator(), false).toList();
            Set<String> reads = topics(acls, "Read");
            Set<String> writes = topics(acls, "Write");
            assertEquals(ServiceSettings.of(service).consumedTopics(), reads, service + " reads");
            Set<String> ownWrites = new HashSet<>(writes);
            ownWrites.remove("servicedesk.dlq." + service);
            assertEquals(ServiceSettings.publishedTopics(service), ownWrites, service + " writes");
            assertTrue(writes.contains("servicedesk.dlq." + service), service + " dead letters");
            assertFalse(writes.stream().anyMatch(t -> t.startsWith("servicedesk.dlq.") && !t.equals("servicedesk.dlq." + service)));
            assertTrue(acls.stream().anyMatch(a -> a.at("/resource/type").asText().equals("group")
                    && a.at("/resource/name").asText().equals(service)), service + " group");
            if (writes.contains("privacy.replies.v1")) {
                replyWriters.add(service);
            }
        }
        assertEquals(Set.of("ingest-service", "redaction-service"), replyWriters);
    }

    private static Set<String> topics(List<JsonNode> acls, String operation) {
        return acls.stream()
                .filter(a -> a.at("/resource/type").asText().equals("topic"))
                .filter(a -> StreamSupport.stream(a.path("operations").spliterator(), false).anyMatch(o -> o.asText().equals(operation)))
                .map(a -> a.at("/resource/name").asText())
                .collect(Collectors.toSet());
    }
}
