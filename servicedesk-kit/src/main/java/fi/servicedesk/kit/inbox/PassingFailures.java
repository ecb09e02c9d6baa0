package fi.servicedesk.kit.inbox;

import org.apache.kafka.common.errors.RetriableException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that passes (the database or the broker away for a while, a lock or statement
 * time-out, a serialisation conflict) from one that will happen again however often the record is
 * tried (unreadable data, a broken rule). Only the second kind is dead-lettered.
 */
final class PassingFailures {

    /**
     * SQLSTATE classes and codes that pass: 08 connection, 40 rolled back (serialisation, deadlock),
     * 53 insufficient resources, 57 operator intervention (statement time-out, shut-down), 58 system
     * error, 55P03 lock not available.
     */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "40", "53", "57", "58");

    private static final Set<String> PASSING_PERSISTENCE_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException");

    private PassingFailures() {
    }

    static boolean isPassing(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (passes(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof RetriableException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException || cause instanceof SocketException
                || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            var state = sql.getSQLState();
            // No state: the pool or driver failed before the server answered (an acquisition time-out).
            return state == null || "55P03".equals(state)
                    || state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2));
        }
        return PASSING_PERSISTENCE_FAILURES.contains(cause.getClass().getName());
    }
}
