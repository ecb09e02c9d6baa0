package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the charts refuse, and the options that change what they render. */
class ValuesGuardTest {

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "ingest-service.image.tag|latest|ingest-service",
            "ingest-service.replicaCont|3|replicaCont",
            "rights-service.image.variant|graal|/image/variant",
            "retention-service.mode|daemon|/mode",
            "redaction-service.database.existingSecret|''|/database/existingSecret",
            "global.kafka.securityProtocol|SASL_TLS|/global/kafka/securityProtocol",
            "kafkaTopics.topics.interactions.retentionMs|2592000000|/kafkaTopics/topics/interactions/retentionMs",
            "ingest-service.transcription.url|http://plain.example.com|/transcription/url",
            "rights-service.portal.existingSecret|''|/portal/existingSecret",
            "rights-service.portal.authServerUrl|http://sso.example.com/realms/x|/portal/authServerUrl",
    })
    void umbrellaRefusesBadValues(String key, String value, String reason) {
        Object typed = value.matches("\\d+") ? Long.valueOf(value) : value;
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Charts.renderText(Charts.UMBRELLA, null, Map.of(key, typed)));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void transcriptionNeedsItsEndpoint() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Charts.renderText(Charts.UMBRELLA, null, Map.of("ingest-service.transcription.enabled", true)));
        assertTrue(refused.getMessage().contains("transcription.url is required"), refused.getMessage());
    }

    @Test
    void retentionCanRunAsAServiceInstead() {
        var r = KubernetesObjects.parse(Charts.render("retention-service", null, Map.of("mode", "service")));
        assertTrue(r.all(CronJob.class).isEmpty());
        Deployment d = r.named(Deployment.class, Charts.RELEASE + "-retention-service");
        assertEquals(1, d.getSpec().getReplicas());
        assertEquals("service", r.named(ConfigMap.class, Charts.RELEASE + "-retention-service").getData().get("RETENTION_MODE"));
    }

    @ParameterizedTest(name = "{0} runs its JVM as a small pod's")
    @CsvSource({"ingest-service", "redaction-service", "retention-service", "rights-service"})
    void jvmVariantRunsWithTheSmallPodOptions(String service) {
        var data = KubernetesObjects.parse(Charts.render(service, null, Map.of()))
                .named(ConfigMap.class, Charts.RELEASE + "-" + service).getData();
        assertEquals("-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps "
                + "-XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=5000 -Xss512k -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0",
                data.get("JDK_JAVA_OPTIONS"));
        assertEquals("2", data.get("MALLOC_ARENA_MAX"));
        var nativeData = KubernetesObjects.parse(Charts.render(service, null, Map.of("image.variant", "native")))
                .named(ConfigMap.class, Charts.RELEASE + "-" + service).getData();
        assertFalse(nativeData.containsKey("JDK_JAVA_OPTIONS"));
        assertFalse(nativeData.containsKey("MALLOC_ARENA_MAX"));
    }

    @Test
    void aMisspeltFieldInARenderedObjectFailsTheStrictParse() {
        JsonNode deployment = Charts.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  selector: {matchLabels: {a: b}}
                  template:
                    spec:
                      containers: [{name: x, image: "x:1", readinessProbe: {httpGet: {path: /q/health/ready, port: http}, periodSecond: 5}}]
                """).getFirst();
        AssertionError misspelt = assertThrows(AssertionError.class, () -> KubernetesObjects.read(deployment, Deployment.class));
        assertTrue(misspelt.getMessage().contains("periodSecond"), misspelt.getMessage());
        JsonNode wrongType = Charts.documents("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: x}
                data: {QUARKUS_HTTP_PORT: 8080}
                """).getFirst();
        AssertionError number = assertThrows(AssertionError.class, () -> KubernetesObjects.read(wrongType, ConfigMap.class));
        assertTrue(number.getMessage().contains("String"), number.getMessage());
    }
}
