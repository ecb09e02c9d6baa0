package fi.servicedesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real single-node KRaft Kafka broker inside the test JVM. One broker serves every test class
 * that runs in the same Quarkus application (starting one takes seconds, and tests keep apart by
 * their own keys and ids); it is closed when that application stops, since a test profile of its
 * own gets a new class loader and with it a new broker.
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
        stopCluster();
    }

    private static KafkaClusterTestKit startCluster() {
        // A broker that meets a fatal error calls Exit.halt: in a test JVM that ends the run with a
        // non-zero exit code after every test has passed (surefire: "Error occurred in starting
        // fork"). Say it instead, and let the tests that needed the broker fail on their own.
        Exit.setHaltProcedure(KafkaTestBroker::refuseToEndTheJvm);
        Exit.setExitProcedure(KafkaTestBroker::refuseToEndTheJvm);
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
            // A broker that fails to stop cleanly leaves only temp files.
        } finally {
            cluster = null;
        }
    }

    private static void refuseToEndTheJvm(int status, String message) {
        System.err.printf("In-JVM Kafka broker asked to end the JVM (status %d): %s%n", status, message);
    }
}
