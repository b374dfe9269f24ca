package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class on the shared test server that spends most of its time waiting for time to pass (a link to expire):
 * it does not hold the processors, so it runs beside the {@link AgoraTest} class that does. It should lock nothing
 * that busy classes lock: a busy class waiting for its lock would keep a thread, and the build gives the waiting
 * classes one thread each ({@code it.parallel.classes}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningAgora.class)
public @interface WaitingAgoraTest {
}
