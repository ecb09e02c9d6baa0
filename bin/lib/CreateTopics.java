import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the Kafka topics of an AsyncAPI document that do not exist yet; leaves existing ones.
 * Each channel's {@code bindings.kafka} gives the topic, partitions, replicas and
 * {@code topicConfiguration}; the channel's {@code x-segment-ms} gives segment.ms. The
 * replication factor is min(replicas, brokers in the cluster).
 *
 * <p>Run by bin/suite up: {@code java -cp '.suite/kafka/libs/*' bin/lib/CreateTopics.java
 * contracts/asyncapi.yaml 127.0.0.1:9092}.
 */
public class CreateTopics {

    private static final long TIMEOUT_SECONDS = 60;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <asyncapi.yaml> <bootstrap servers>");
            System.exit(2);
        }
        var wanted = topics(new ObjectMapper(new YAMLFactory()).readTree(new File(args[0])));
        var config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        try (var admin = Admin.create(config)) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var missing = new ArrayList<NewTopic>();
            for (var topic : wanted) {
                if (existing.contains(topic.name())) {
                    System.out.printf("topic %s exists%n", topic.name());
                } else {
                    short factor = (short) Math.min(topic.replicationFactor(), brokers);
                    missing.add(new NewTopic(topic.name(), topic.numPartitions(), factor).configs(topic.configs()));
                }
            }
            var results = admin.createTopics(missing).values();
            for (var topic : missing) {
                try {
                    results.get(topic.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    System.out.printf("created topic %s: partitions=%d replicas=%d %s%n", topic.name(),
                            topic.numPartitions(), topic.replicationFactor(), topic.configs());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    System.out.printf("topic %s exists%n", topic.name());
                }
            }
        }
    }

    /** The topics the document's channels declare, with the replicas the document asks for. */
    static List<NewTopic> topics(JsonNode asyncApi) {
        var topics = new ArrayList<NewTopic>();
        for (var channel : asyncApi.path("channels")) {
            var kafka = channel.path("bindings").path("kafka");
            if (kafka.isMissingNode()) {
                continue;
            }
            String name = kafka.path("topic").asText(channel.path("address").asText(""));
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a channel with a Kafka binding has neither topic nor address");
            }
            Map<String, String> configs = new TreeMap<>();
            kafka.path("topicConfiguration").properties().forEach(entry -> configs.put(entry.getKey(), value(entry.getValue())));
            if (channel.has("x-segment-ms")) {
                configs.put("segment.ms", value(channel.get("x-segment-ms")));
            }
            topics.add(new NewTopic(name, kafka.path("partitions").asInt(1), (short) kafka.path("replicas").asInt(1))
                    .configs(configs));
        }
        return topics;
    }

    /** A topic setting as Kafka takes it: lists (cleanup.policy: [delete]) comma-separated. */
    private static String value(JsonNode node) {
        if (!node.isArray()) {
            return node.asText();
        }
        var items = new ArrayList<String>();
        node.forEach(item -> items.add(item.asText()));
        return String.join(",", items);
    }
}
