package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that talks HTTP to the shared test server, where the build deployed Agora once for every such class.
 * It keeps the processors busy while it runs (the tests' requests, the server's answers, a browser), so such classes
 * run one at a time. Tests that must restart Agora or run inside it use Arquillian instead and carry
 * {@link OwnDeployment}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningAgora.class)
@ResourceLock(SharedState.PROCESSORS)
public @interface AgoraTest {
}
