package fi.servicedesk.kit.inbox;

import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

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
}
