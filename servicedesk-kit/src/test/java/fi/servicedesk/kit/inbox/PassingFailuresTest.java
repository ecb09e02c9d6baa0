package fi.servicedesk.kit.inbox;

import jakarta.transaction.RollbackException;
import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.SocketException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures a consumer waits out and which it dead-letters (DESIGN §3). */
class PassingFailuresTest {

    @Test
    void theDatabaseAwayPasses() {
        assertTrue(PassingFailures.isPassing(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("The connection attempt failed.", "08001"))));
    }

    @Test
    void aCommitWhoseOutcomeIsUnknownPasses() {
        assertTrue(PassingFailures.isPassing(new IllegalStateException(new RollbackException("ARJUNA016053"))));
    }

    @Test
    void aConstraintRefusedAtCommitIsPermanent() {
        var rollback = new RollbackException("ARJUNA016053");
        rollback.initCause(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "applied_pkey"));
        assertFalse(PassingFailures.isPassing(rollback));
    }

    @Test
    void aBrokenRuleIsPermanent() {
        assertFalse(PassingFailures.isPassing(new IllegalArgumentException("a rule this event breaks")));
    }

    @Test
    void aLockTimeOutPasses() {
        assertTrue(PassingFailures.isPassing(new SQLException("canceling statement due to lock timeout", "55P03")));
    }

    /**
     * What the work sees when Narayana's reaper rolled the consumer's transaction back from another
     * thread: not the record's fault, so tried again (a dead letter left the case EXECUTING for ever).
     */
    @Test
    void aTransactionPastItsTimeOutPasses() {
        assertTrue(PassingFailures.isPassing(new IllegalStateException(
                new HibernateException("Transaction was rolled back in a different thread"))));
        var aborted = new PersistenceException(new SQLException(
                "current transaction is aborted, commands ignored until end of transaction block", "25P02"));
        assertFalse(PassingFailures.isPassing(aborted), "in a transaction within its time-out, an earlier error's consequence");
        assertTrue(PassingFailures.isPassing(aborted, true));
        var unexplained = new IllegalStateException("Transaction is not active");
        assertFalse(PassingFailures.isPassing(unexplained));
        assertTrue(PassingFailures.isPassing(unexplained, true));
    }

    @Test
    void aConstraintRefusedInATransactionPastItsTimeOutIsStillPermanent() {
        assertFalse(PassingFailures.isPassing(new PersistenceException(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "applied_pkey")), true));
    }

    @Test
    void theConnectionLostMidTransactionPasses() {
        assertTrue(PassingFailures.isPassing(new PersistenceException(new SQLException(
                "An I/O error occurred while sending to the backend.", "08006", new SocketException("Connection reset")))));
        assertTrue(PassingFailures.isPassing(new IllegalStateException(new SQLException("This connection has been closed."))));
    }
}
