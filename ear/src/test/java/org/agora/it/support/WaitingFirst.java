package org.agora.it.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Starts the classes that mostly wait ({@link WaitingAgoraTest}) first, so that their waiting overlaps the busy
 * classes' work instead of coming at the end; the others keep their order. The classes with servers of their own
 * ({@link OwnServers}) come last: the thread that hands out the classes runs them from the end of the order while
 * the others take them from its start, so these run beside the {@link Alone} classes instead of after them.
 */
public final class WaitingFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(WaitingFirst::rank));
    }

    private static int rank(ClassDescriptor c) {
        if (c.isAnnotated(WaitingAgoraTest.class)) {
            return 0;
        }
        return c.isAnnotated(OwnServers.class) ? 2 : 1;
    }
}
