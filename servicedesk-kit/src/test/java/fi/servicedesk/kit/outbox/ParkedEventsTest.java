package fi.servicedesk.kit.outbox;

import fi.servicedesk.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DESIGN §3: a row the broker can never accept (over the producer's 1 MiB limit) is parked with its
 * reason and counted, the rows behind it go on, and an operator can list, re-send and discard it on
 * the management interface.
 */
@QuarkusTest
class ParkedEventsTest {

    private static final String TOPIC = "kit.test.parked";

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry meters;

    /** The management interface's root path (/q) comes first. */
    @TestHTTPResource(value = "/outbox/parked", management = true)
    URL parked;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void rowTheBrokerRefusesIsParkedAndTheRowsBehindItGoOn() {
        var key = UUID.randomUUID().toString();
        // The topic exists before the relay sends, as the suite's and the charts' topics do: on a topic the first send
        // creates, the first batch can meet "unknown partition" and be retried after the batch behind it, which a new
        // producer's first sequence lets the broker take first (n=3 before n=1).
        KafkaTestClient.sendRaw(TOPIC, "created-before", Map.of(), "{}");
        var huge = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publish(TOPIC, key, "kit.test.small.v1", Map.of("n", 1));
            var id = outbox.publish(TOPIC, key, "kit.test.huge.v1", Map.of("name", "x".repeat(2 * 1024 * 1024)));
            outbox.publish(TOPIC, key, "kit.test.small.v1", Map.of("n", 3));
            return id;
        });

        var sent = KafkaTestClient.await(TOPIC, r -> key.equals(r.key()), 2, Duration.ofSeconds(60));
        assertEquals(2, sent.size(), "the rows before and behind the refused one are sent");
        assertEquals("{\"n\":1}", sent.get(0).value());
        assertEquals("{\"n\":3}", sent.get(1).value());
        await().atMost(Duration.ofSeconds(60)).until(() -> parkedCount("kit.test.huge.v1") == 1);

        given().get(parked).then().statusCode(200)
                .body("id", hasItem(huge.toString()))
                .body("find { it.id == '%s' }.reason".formatted(huge), containsString("RecordTooLargeException"))
                .body("find { it.id == '%s' }.type".formatted(huge), equalTo("kit.test.huge.v1"))
                .body(not(containsString("xxxxxxxx")));
        given().get(metrics).then().statusCode(200)
                .body(containsString("outbox_parked_total{type=\"kit.test.huge.v1\"}"));

        given().post(parked + "/" + huge + "/resend").then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> parkedCount("kit.test.huge.v1") == 2);
        given().delete(parked + "/" + huge).then().statusCode(204);
        given().delete(parked + "/" + huge).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(parked).then().statusCode(200).body("id", not(hasItem(huge.toString())));
        given().post(parked + "/not-an-id/resend").then().statusCode(400);
    }

    private double parkedCount(String type) {
        var counter = meters.find("outbox.parked").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}
