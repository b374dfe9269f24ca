package org.agora.diagnostics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the SQL statements that EclipseLink sends to the database on each thread, so that the statements of one
 * request can be counted (and logged at level FINE under this class's name). A page whose statement count grows with
 * the number of posts it shows loads them one by one: the count makes that visible and testable.
 */
public final class SqlStatements {

    private static final Logger LOG = Logger.getLogger(SqlStatements.class.getName());

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatements() {
    }

    /** Starts counting again from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Counts a statement that Agora sent through JDBC itself, past EclipseLink. */
    public static void countOne() {
        COUNT.get()[0]++;
    }

    /** @return the statements sent on this thread since the last {@link #reset()} */
    public static int count() {
        return COUNT.get()[0];
    }

    /**
     * Listens to the session of an EclipseLink entity manager. Liberty hides EclipseLink's own types from
     * applications unless they are deployed with third-party visibility, so the listener is reached by reflection from
     * the entity manager's class loader rather than compiled against.
     *
     * @param eclipseLinkEntityManager the provider's entity manager ({@code EntityManager.getDelegate()})
     */
    static void listen(Object eclipseLinkEntityManager) throws ReflectiveOperationException {
        Object session = eclipseLinkEntityManager.getClass().getMethod("getServerSession")
                .invoke(eclipseLinkEntityManager);
        Object events = session.getClass().getMethod("getEventManager").invoke(session);
        Class<?> listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", false,
                events.getClass().getClassLoader());
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType},
                new Counter());
        events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
    }

    /** Counts each call EclipseLink executed; every other session event is ignored. */
    private static final class Counter implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws ReflectiveOperationException {
            return switch (method.getName()) {
                case "postExecuteCall" -> {
                    COUNT.get()[0]++;
                    if (LOG.isLoggable(Level.FINE)) {
                        Object call = args[0].getClass().getMethod("getCall").invoke(args[0]);
                        LOG.fine("SQL " + count() + ": " + call);
                    }
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "SqlStatements counter";
                default -> null;
            };
        }
    }
}
