package fi.servicedesk.kit.inbox;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import org.apache.kafka.common.errors.RetriableException;

import javax.transaction.xa.XAException;

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
        return isPassing(failure, false);
    }

    /**
     * {@code timedOut}: the transaction ran past its time-out, so the transaction manager rolled it
     * back from another thread, and what the work saw then (Hibernate's "rolled back in a different
     * thread", a statement cancelled, "current transaction is aborted", a connection closed under
     * it) says nothing about the record. Such a failure passes (a shorter run, a less loaded machine)
     * unless the database refused a statement for good before.
     */
    static boolean isPassing(Throwable failure, boolean timedOut) {
        var passing = timedOut;
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (refusedByDatabase(cause) && !(timedOut && abortedTransaction(cause))) {
                return false;
            }
            passing |= passes(cause) || commitOutcomeUnknown(cause) || rolledBackByTimeOut(cause);
        }
        return passing;
    }

    /**
     * Hibernate's word for a transaction the transaction manager's reaper rolled back past its
     * time-out, whichever transaction it was (the consumer's, or one of a preparation's).
     */
    private static boolean rolledBackByTimeOut(Throwable cause) {
        return cause.getClass().getName().equals("org.hibernate.HibernateException") && cause.getMessage() != null
                && cause.getMessage().startsWith("Transaction was rolled back in a different thread");
    }

    /** SQLSTATE class 25, invalid transaction state: the statement met a transaction already aborted. */
    private static boolean abortedTransaction(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("25");
    }

    /** The server answered and refused the statement for good (a constraint, a type, a missing table). */
    private static boolean refusedByDatabase(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && !passingState(sql.getSQLState());
    }

    /**
     * The transaction manager could not finish the commit: the connection went away between the
     * last statement and the commit, and the driver's error did not reach the cause chain. Whether
     * it committed or not, trying again is safe: the inbox row makes a committed effect a no-op.
     */
    private static boolean commitOutcomeUnknown(Throwable cause) {
        return cause instanceof RollbackException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException || cause instanceof SystemException
                || cause instanceof XAException;
    }

    private static boolean passingState(String state) {
        return "55P03".equals(state) || state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2));
    }

    private static boolean passes(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof RetriableException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException || cause instanceof SocketException
                || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            // No state: the pool or driver failed before the server answered (an acquisition time-out).
            return sql.getSQLState() == null || passingState(sql.getSQLState());
        }
        return PASSING_PERSISTENCE_FAILURES.contains(cause.getClass().getName());
    }
}
