package fi.servicedesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real single-node KRaft Kafka broker inside the test JVM. One broker serves every test
 * class of a module: starting one takes seconds, and tests keep apart by their own keys and ids.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = startCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestBroker::stopCluster));
        }
        return cluster.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one Quarkus application: the next test class reuses it.
    }

    private static KafkaClusterTestKit startCluster() {
        try {
            var nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            var kit = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
        }
    }

    private static synchronized void stopCluster() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            // The JVM is going down; a broker that fails to stop cleanly leaves only temp files.
        }
    }
}
