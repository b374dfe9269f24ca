import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inserts into one of {@code tables} identity tables from many threads at once, each insert after one of
 * {@code variants} different queries, as Agora's requests do (many tables, a query for each length of an IN list), and
 * counts the inserts that Derby refused with "a lock could not be obtained" (40XL1). Run it with Derby's statement
 * cache at its default and at Agora's size:
 *
 * <pre>
 * java -cp derby.jar:derbyshared.jar -Dderby.language.statementCacheSize=100 IdentityContention.java /tmp/db 32 30 300 60
 * </pre>
 *
 * Arguments: a new database folder, threads, tables, query variants, seconds.
 */
public class IdentityContention {

    public static void main(String[] args) throws Exception {
        String db = "jdbc:derby:" + args[0];
        int threads = Integer.parseInt(args[1]);
        int tables = Integer.parseInt(args[2]);
        int variants = Integer.parseInt(args[3]);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
        try (Connection c = DriverManager.getConnection(db + ";create=true"); Statement s = c.createStatement()) {
            for (int t = 0; t < tables; t++) {
                s.execute("CREATE TABLE t" + t
                        + " (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v VARCHAR(100))");
            }
        }
        AtomicLong inserted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(db)) {
                    c.setAutoCommit(false);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        String table = "t" + random.nextInt(tables);
                        try {
                            int n = 1 + random.nextInt(variants);
                            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM t0"
                                    + " WHERE id IN (" + "?,".repeat(n - 1) + "?)")) {
                                for (int i = 1; i <= n; i++) {
                                    q.setLong(i, i);
                                }
                                q.executeQuery().close();
                            }
                            try (PreparedStatement insert = c.prepareStatement(
                                    "INSERT INTO " + table + " (v) VALUES (?)")) {
                                insert.setString(1, "row");
                                insert.executeUpdate();
                            }
                            c.commit();
                            inserted.incrementAndGet();
                        } catch (SQLException e) {
                            c.rollback();
                            if (!"40XL1".equals(e.getSQLState())) {
                                throw e;
                            }
                            refused.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<Object> worker : workers) {
            worker.get(); // an error other than 40XL1 ends the run
        }
        pool.shutdown();
        System.out.printf("statement cache %s, %d threads, %d tables, %d query variants: %d inserts, %d refused"
                + " (40XL1)%n", System.getProperty("derby.language.statementCacheSize", "100 (default)"), threads,
                tables, variants,
                inserted.get(), refused.get());
    }
}
