package org.agora.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a service call again when a concurrent transaction won the race: the other inserted the same row first (a
 * unique key), changed it first (a version), the database chose this one as a deadlock's victim, or it could not have
 * the lock it asked for (Derby gives up at once when another transaction holds the catalog row of a table's next
 * ids). Each service call is its own transaction, rolled back by then, so the next attempt reads what the winner
 * stored and finds the work done. For calls that give the same result when repeated (set a state, save a form) and
 * for calls that write something new (a post, a comment, a message, a module's record), of which a failed attempt
 * left nothing. A call made inside a transaction is not run again: its failure ends the caller's transaction too,
 * whose own boundary decides.
 */
@ApplicationScoped
public class Retries {

    static final int ATTEMPTS = 5;
    // unique key or primary key violated; deadlock; lock wait timed out (Derby's and the SQL standard's states)
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40XL1", "40XL2");

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs the call, again if it lost a race. */
    public void run(Runnable call) {
        get(() -> {
            call.run();
            return null;
        });
    }

    /** @return the result of the call, run again if it lost a race */
    public <T> T get(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !lostRace(e) || inTransaction()) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    // a short random pause, so that requests that collided do not collide again; longer each time, so that a lock
    // held for a few hundred milliseconds (a statement being compiled, an erasure's step) is outlasted
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return true if the failure, or one of its causes, says another transaction got there first */
    public static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // by name: JPA's and EclipseLink's exceptions share it
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (LOST_RACE.contains(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
