package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class on the shared test server that spends most of its time waiting for time to pass (a link to expire,
 * messages to grow old). It starts first ({@link WaitingFirst}) and runs beside the busy classes: the build gives
 * each waiting class a thread of its own on top of the busy classes' two ({@code it.parallel.classes}). It waits
 * without holding a lock that busy classes take (a busy class waiting for it would keep a thread idle): a test
 * method that needs one takes it for itself, after the wait.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningAgora.class)
public @interface WaitingAgoraTest {
}
