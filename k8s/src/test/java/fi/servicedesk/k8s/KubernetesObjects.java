package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads rendered documents into the fabric8 Kubernetes model strictly: the model's catch-all
 * for unknown fields (its any-setter) is switched off, so a misspelt field fails, and scalars
 * are not coerced, so a number where the API wants a string (or the reverse) fails too.
 */
final class KubernetesObjects {

    /** A Strimzi KafkaTopic (kafka.strimzi.io/v1beta2): the fields of its CRD that the chart sets. */
    record KafkaTopic(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        record Spec(String topicName, Integer partitions, Integer replicas, Map<String, Object> config) {
        }
    }

    /** The kinds the charts may render, with the one API version each must have. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Deployment", new Kind("apps/v1", Deployment.class)),
            Map.entry("CronJob", new Kind("batch/v1", CronJob.class)),
            Map.entry("Service", new Kind("v1", Service.class)),
            Map.entry("ServiceAccount", new Kind("v1", ServiceAccount.class)),
            Map.entry("ConfigMap", new Kind("v1", ConfigMap.class)),
            Map.entry("Secret", new Kind("v1", Secret.class)),
            Map.entry("PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class)),
            Map.entry("NetworkPolicy", new Kind("networking.k8s.io/v1", NetworkPolicy.class)),
            Map.entry("Ingress", new Kind("networking.k8s.io/v1", Ingress.class)),
            Map.entry("Pod", new Kind("v1", Pod.class)),
            Map.entry("HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class)));

    private record Kind(String apiVersion, Class<? extends HasMetadata> type) {
    }

    static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return null;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Resources of operators' CRDs (no model here), read as trees: kind to its one API version. */
    private static final Map<String, String> CUSTOM_KINDS = Map.of(
            "ServiceMonitor", "monitoring.coreos.com/v1",
            "PrometheusRule", "monitoring.coreos.com/v1",
            "HTTPRoute", "gateway.networking.k8s.io/v1",
            "KafkaUser", "kafka.strimzi.io/v1beta2");

    /** What a render produced: the Kubernetes objects, the Strimzi topics and the other custom resources. */
    record Rendered(List<HasMetadata> objects, List<KafkaTopic> topics, List<JsonNode> custom) {

        List<JsonNode> custom(String kind) {
            return custom.stream().filter(c -> c.path("kind").asText().equals(kind)).toList();
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T named(Class<T> type, String name) {
            return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " rendered"));
        }
    }

    private KubernetesObjects() {
    }

    static Rendered parse(List<JsonNode> documents) {
        List<HasMetadata> objects = new ArrayList<>();
        List<KafkaTopic> topics = new ArrayList<>();
        List<JsonNode> custom = new ArrayList<>();
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            String apiVersion = document.path("apiVersion").asText();
            if (kind.equals("KafkaTopic")) {
                topics.add(read(document, KafkaTopic.class));
                continue;
            }
            if (CUSTOM_KINDS.containsKey(kind)) {
                if (!CUSTOM_KINDS.get(kind).equals(apiVersion)) {
                    fail(kind + " must be " + CUSTOM_KINDS.get(kind) + ", was " + apiVersion);
                }
                custom.add(document);
                continue;
            }
            Kind expected = KINDS.get(kind);
            if (expected == null) {
                fail("unexpected kind " + kind + " in\n" + document.toPrettyString());
            }
            if (!expected.apiVersion().equals(apiVersion)) {
                fail(kind + " must be " + expected.apiVersion() + ", was " + apiVersion);
            }
            objects.add(read(document, expected.type()));
        }
        return new Rendered(objects, topics, custom);
    }

    static <T> T read(JsonNode document, Class<T> type) {
        try {
            return STRICT.treeToValue(document, type);
        } catch (Exception e) {
            throw new AssertionError("not a valid " + type.getSimpleName() + ": " + e.getMessage()
                    + "\n" + document.toPrettyString(), e);
        }
    }
}
