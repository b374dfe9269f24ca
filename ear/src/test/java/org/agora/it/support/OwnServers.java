package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that starts, kills and starts again Liberty servers of its own ({@link KillableServer}), on the ports
 * the build names ({@code agora.killable.*}, {@code agora.second.*}, {@code agora.derby.port}). It never talks to
 * the shared test server, whose folder is only its model, so the build runs it beside the {@link Alone} classes,
 * whose waits leave the processors idle; one such class at a time, since they share those ports
 * ({@link SharedState#OWN_SERVER_PORTS}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-servers")
@ResourceLock(SharedState.OWN_SERVER_PORTS)
public @interface OwnServers {
}
