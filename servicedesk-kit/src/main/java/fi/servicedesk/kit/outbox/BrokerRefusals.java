package fi.servicedesk.kit.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.Set;

/**
 * Which send failures can never succeed however often they are tried: the row is parked. Every
 * other failure (the broker down, a time-out, a leader election, missing ACLs an operator can
 * grant) passes, so the row stays in line and is tried again.
 */
final class BrokerRefusals {

    private static final Set<Class<? extends Throwable>> PERMANENT = Set.of(
            RecordTooLargeException.class, RecordBatchTooLargeException.class, InvalidTopicException.class,
            SerializationException.class, InvalidRecordException.class, IllegalArgumentException.class);

    private BrokerRefusals() {
    }

    static boolean isPermanent(Throwable failure) {
        return PERMANENT.stream().anyMatch(type -> type.isInstance(failure));
    }

    /** A reason to keep with a parked row: the failure's kind and message, never the payload. */
    static String reason(Throwable failure) {
        var text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
