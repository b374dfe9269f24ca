package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class on the shared test server that changes or counts something for everyone: plugins, company-wide
 * settings, the people directory's count, the first page of the company feed. The build runs such classes after the
 * others that share the server, one at a time ({@link SharedState#SERVER}), beside the classes that start servers
 * of their own ({@link OwnServers}), which do not touch the shared one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("alone")
@ResourceLock(SharedState.SERVER)
public @interface Alone {
}
