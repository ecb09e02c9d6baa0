package fi.servicedesk.kit.inbox;

import fi.servicedesk.kit.config.KitConfig;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.outbox.PayloadSeal;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;

/**
 * How every consumer applies a record (DESIGN §3): the inbox row and the effect commit together,
 * so a redelivery changes nothing; a failure that passes (the database away, a lock time-out, the
 * connection lost, the transaction past its time-out) is tried again with backoff, in order, for as long as it lasts; a record that can never be applied
 * (no CloudEvent, unreadable data, a broken rule) is dead-lettered once, through the outbox, and
 * counted ({@code dead_lettered_total{channel,reason}}). A record may carry personal data, so in a
 * service that seals its outbox the dead letter travels sealed, on the topic as in its row
 * ({@link SealedDeadLetters}, {@link PayloadSeal#DEAD_LETTERS}). The consumer's channel uses
 * {@code failure-strategy=fail}: a record is acknowledged only once applied or dead-lettered, so
 * a process stopped while it waits gets it again after its restart.
 */
@ApplicationScoped
public class Deliveries {

    /** The effect of one event inside the consumer's transaction. */
    @FunctionalInterface
    public interface Effect {
        void apply(IncomingEvent event) throws Exception;
    }

    /** Work done before the transaction, in transactions of its own (a sweep's batches); must be repeatable. */
    @FunctionalInterface
    public interface Preparation<T> {
        T prepare(IncomingEvent event) throws Exception;
    }

    /** The effect of one event inside the consumer's transaction, given what was prepared. */
    @FunctionalInterface
    public interface Completion<T> {
        void complete(IncomingEvent event, T prepared) throws Exception;
    }

    private final Inbox inbox;
    private final Outbox outbox;
    private final SealedDeadLetters deadLetters;
    private final KitConfig config;
    private final MeterRegistry meters;
    /** Narayana's time-out for the consumer's transaction ({@code quarkus.transaction-manager.default-transaction-timeout}). */
    private final Duration transactionTimeout;

    Deliveries(Inbox inbox, Outbox outbox, SealedDeadLetters deadLetters, KitConfig config, MeterRegistry meters) {
        this.transactionTimeout = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.transaction-manager.default-transaction-timeout", Duration.class)
                .orElse(Duration.ofSeconds(60));
        this.inbox = inbox;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.config = config;
        this.meters = meters;
    }

    public void apply(String channel, ConsumerRecord<String, String> record, Effect effect) {
        apply(channel, record, event -> null, (event, none) -> effect.apply(event));
    }

    public <T> void apply(String channel, ConsumerRecord<String, String> record,
                          Preparation<T> preparation, Completion<T> completion) {
        IncomingEvent event;
        Throwable permanent = null;
        try {
            event = IncomingEvent.of(record);
        } catch (IllegalArgumentException e) {
            event = new IncomingEvent(IncomingEvent.position(record), "unknown", record.key(),
                    record.value() == null ? "null" : record.value());
            permanent = e;
        }
        var wait = config.consumers().backoff();
        while (true) {
            try {
                if (permanent == null) {
                    applyOnce(event, preparation, completion);
                } else {
                    deadLetter(channel, record, event, permanent);
                }
                return;
            } catch (Exception e) {
                var timedOut = e instanceof TimedOut;
                var failure = timedOut ? e.getCause() : e;
                failure = failure instanceof Unchecked unchecked ? unchecked.getCause() : failure;
                if (!PassingFailures.isPassing(failure, timedOut)) {
                    if (permanent != null) { // the dead letter itself cannot be written: stop the channel
                        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                    }
                    permanent = failure;
                    continue;
                }
                Log.warnf("%s: event %s (%s) not applied yet%s, trying again in %d ms: %s", channel, event.id(),
                        event.type(), timedOut ? " (its transaction ran past its time-out)" : "", wait.toMillis(), failure);
                pause(wait);
                var doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(config.consumers().maxBackoff()) > 0 ? config.consumers().maxBackoff() : doubled;
            }
        }
    }

    private <T> void applyOnce(IncomingEvent event, Preparation<T> preparation, Completion<T> completion) throws Exception {
        var prepared = preparation.prepare(event);
        long began = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (inbox.firstDelivery(event)) {
                    try {
                        completion.complete(event, prepared);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new Unchecked(e);
                    }
                }
            });
        } catch (RuntimeException e) {
            if (Duration.ofNanos(System.nanoTime() - began).compareTo(transactionTimeout) >= 0) {
                throw new TimedOut(e);
            }
            throw e;
        }
    }

    /** Once per event: the inbox row keeps a redelivered poison record from being dead-lettered again. */
    private void deadLetter(String channel, ConsumerRecord<String, String> record, IncomingEvent event, Throwable failure) {
        var reason = failure.getClass().getSimpleName();
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(event)) {
                var key = record.key() == null ? event.id() : record.key();
                var extensions = Map.of("deadletterid", event.id(), "deadletterchannel", channel, "deadletterreason", reason);
                if (deadLetters.seals()) {
                    outbox.publishJson(config.deadLetterTopic(), key, event.type(), deadLetters.seal(event.data()),
                            SealedDeadLetters.marked(extensions));
                } else {
                    outbox.publishJson(config.deadLetterTopic(), key, event.type(), event.data(), extensions);
                }
            }
        });
        meters.counter("dead.lettered", "channel", channel, "reason", reason).increment();
        Log.errorf("%s: event %s (%s) at %s can never be applied, dead-lettered: %s", channel, event.id(),
                event.type(), IncomingEvent.position(record), failure.getMessage());
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting to apply an event again; it is redelivered after restart", e);
        }
    }

    /** The consumer's transaction failed after running past its time-out (PassingFailures). */
    private static final class TimedOut extends RuntimeException {
        TimedOut(RuntimeException cause) {
            super(cause);
        }
    }

    /** Carries a checked exception of an effect through the transaction's runnable. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(Exception cause) {
            super(cause);
        }
    }
}
