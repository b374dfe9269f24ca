package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class on the shared test server that spends most of its time waiting for time to pass (a link to expire).
 * It is started first ({@link WaitingFirst}), so that its wait overlaps the other classes' work instead of coming at
 * the end. It should lock nothing that other classes lock: one waiting for its lock would keep a thread idle.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningAgora.class)
public @interface WaitingAgoraTest {
}
