package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import fi.servicedesk.k8s.KubernetesObjects.KafkaTopic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Strimzi topics of the umbrella chart against the topics of contracts/asyncapi.yaml. */
class KafkaTopicsTest {

    private static List<KafkaTopic> topics(Map<String, Object> sets) {
        return KubernetesObjects.parse(Charts.render(Charts.UMBRELLA, null, sets)).topics();
    }

    @Test
    void noTopicIsRenderedUnlessAsked() {
        assertTrue(topics(Map.of()).isEmpty());
    }

    @Test
    void everyTopicOfTheContractIsRenderedWithItsSettings() {
        Map<String, KafkaTopic> rendered = topics(Map.of("kafkaTopics.enabled", true)).stream()
                .collect(Collectors.toMap(t -> t.spec().topicName(), t -> t));
        JsonNode channels = Charts.readYaml(Charts.asyncApi()).path("channels");
        Map<String, JsonNode> contract = new TreeMap<>();
        channels.properties().forEach(e -> contract.put(e.getValue().path("address").asText(), e.getValue()));

        assertEquals(contract.keySet(), new TreeMap<>(rendered).keySet(), "the chart's topics are the contract's topics");
        contract.forEach((address, channel) -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            JsonNode config = kafka.path("topicConfiguration");
            KafkaTopic topic = rendered.get(address);
            Map<String, Object> c = topic.spec().config();
            assertAll(address,
                    () -> assertEquals("KafkaTopic", topic.kind()),
                    () -> assertEquals("my-cluster", topic.metadata().getLabels().get("strimzi.io/cluster")),
                    () -> assertEquals(kafka.path("partitions").asInt(), topic.spec().partitions(), "partitions"),
                    () -> assertEquals(kafka.path("replicas").asInt(), topic.spec().replicas(), "replicas"),
                    () -> assertEquals(config.path("retention.ms").asLong(), number(c.get("retention.ms")), "retention.ms"),
                    () -> assertEquals(channel.path("x-segment-ms").asLong(), number(c.get("segment.ms")), "segment.ms"),
                    () -> assertEquals(join(config.path("cleanup.policy")), c.get("cleanup.policy"), "cleanup.policy"),
                    () -> assertEquals(config.has("max.message.bytes") ? config.path("max.message.bytes").asLong() : null,
                            c.containsKey("max.message.bytes") ? number(c.get("max.message.bytes")) : null, "max.message.bytes"));
        });
    }

    /**
     * Issue 12: a dead letter is a copy of a record, with its personal data; its topic keeps it no
     * longer (retention plus one segment, the longest a record can stay) than any topic its service
     * takes records from keeps the original (asyncapi.yaml, x-dead-letters-of).
     */
    @Test
    void noDeadLetterTopicKeepsARecordLongerThanTheTopicsItTakesRecordsFrom() {
        Map<String, KafkaTopic> rendered = topics(Map.of("kafkaTopics.enabled", true)).stream()
                .collect(Collectors.toMap(t -> t.spec().topicName(), t -> t));
        JsonNode channels = Charts.readYaml(Charts.asyncApi()).path("channels");
        var deadLetterTopics = 0;
        for (var entry : channels.properties()) {
            JsonNode sources = entry.getValue().path("x-dead-letters-of");
            if (entry.getValue().path("address").asText().startsWith("servicedesk.dlq.")) {
                assertTrue(sources.size() > 0, entry.getKey() + " names the channels it takes dead letters from");
                deadLetterTopics++;
            }
            long kept = longestStay(rendered.get(entry.getValue().path("address").asText()));
            for (var source : sources) {
                long original = longestStay(rendered.get(channels.path(source.asText()).path("address").asText()));
                assertTrue(kept <= original, entry.getKey() + " keeps a record up to " + Duration.ofMillis(kept)
                        + ", longer than " + source.asText() + " does (" + Duration.ofMillis(original) + ")");
            }
        }
        assertEquals(4, deadLetterTopics);
    }

    private static long longestStay(KafkaTopic topic) {
        return number(topic.spec().config().get("retention.ms")) + number(topic.spec().config().get("segment.ms"));
    }

    @Test
    void theInteractionsTopicKeepsPersonalDataForAWeekAtMost() {
        KafkaTopic interactions = topics(Map.of("kafkaTopics.enabled", true)).stream()
                .filter(t -> t.spec().topicName().equals("servicedesk.interactions.v1")).findFirst().orElseThrow();
        long retention = number(interactions.spec().config().get("retention.ms"));
        long segment = number(interactions.spec().config().get("segment.ms"));
        assertTrue(retention <= Duration.ofDays(7).toMillis(), "retention.ms " + retention);
        assertTrue(segment < retention, "segments must roll well before the retention ends");
    }

    @Test
    void productionValuesPutTheTopicsWhereTheTopicOperatorWatches() {
        List<KafkaTopic> topics = KubernetesObjects.parse(Charts.render(Charts.UMBRELLA, Charts.productionValues(), Map.of())).topics();
        assertEquals(Set.of("kafka"), topics.stream().map(t -> t.metadata().getNamespace()).collect(Collectors.toSet()));
        assertEquals(Set.of("events"), topics.stream().map(t -> t.metadata().getLabels().get("strimzi.io/cluster")).collect(Collectors.toSet()));
        topics.forEach(t -> assertEquals("keep", t.metadata().getAnnotations().get("helm.sh/resource-policy")));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String join(JsonNode list) {
        return list.isArray() ? String.join(",", list.valueStream().map(JsonNode::asText).toList()) : list.asText();
    }
}
