package org.agora.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that deploys Agora itself through Arquillian, because it restarts Agora or runs inside it. The build
 * runs these after the shared test server stopped, on a server of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-deployment")
@ExtendWith(ArquillianExtension.class)
public @interface OwnDeployment {
}
