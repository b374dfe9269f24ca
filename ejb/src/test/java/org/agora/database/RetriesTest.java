package org.agora.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class RetriesTest {

    /** Named as JPA's and EclipseLink's exception for a row changed by another transaction. */
    static class OptimisticLockException extends RuntimeException {
    }

    @Test
    void aDuplicateKeyDeepInsideTheContainersExceptionsIsALostRace() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate", "23505");
        EJBException wrapped = new EJBException(new RuntimeException("rolled back", new IllegalStateException(duplicate)));
        assertThat(Retries.lostRace(wrapped)).isTrue();
    }

    @Test
    void aDeadlockAndARowChangedMeanwhileAreLostRaces() {
        assertThat(Retries.lostRace(new RuntimeException(new SQLException("deadlock", "40001")))).isTrue();
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("lock timeout", "40XL1"));
        assertThat(Retries.lostRace(new RuntimeException(batch))).isTrue();
        assertThat(Retries.lostRace(new EJBException(new OptimisticLockException()))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Retries.lostRace(new RuntimeException(new SQLException("no such table", "42X05")))).isFalse();
        assertThat(Retries.lostRace(new IllegalArgumentException("bad"))).isFalse();
        assertThat(Retries.lostRace(new RuntimeException((Throwable) null))).isFalse();
    }

    @Test
    void aBatchChunkThatLostARaceFailsWithTheExceptionItsJobRunsAgain() {
        RuntimeException lost = new EJBException(new RuntimeException(new SQLException("lock", "40XL1")));
        assertThat(LostRaceException.orItself(lost)).isInstanceOf(LostRaceException.class).hasCause(lost);
        IllegalArgumentException bug = new IllegalArgumentException("bad");
        assertThat(LostRaceException.orItself(bug)).isSameAs(bug);
    }
}
