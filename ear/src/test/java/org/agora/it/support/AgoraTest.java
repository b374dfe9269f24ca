package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks HTTP to the shared test server, where the build deployed Agora once for every such class.
 * Such classes run two at a time ({@code it.parallel.classes}): each works with accounts, spaces and posts of its own,
 * and one that changes or counts something for everyone is {@link Alone} or takes a lock on it
 * ({@link SharedState}). Tests that must restart Agora or run inside it use Arquillian instead and carry
 * {@link OwnDeployment}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningAgora.class)
public @interface AgoraTest {
}
