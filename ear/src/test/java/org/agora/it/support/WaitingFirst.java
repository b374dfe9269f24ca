package org.agora.it.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Starts the classes that mostly wait ({@link WaitingAgoraTest}) first, so that their waiting overlaps the busy
 * classes' work instead of coming at the end; the others keep their order.
 */
public final class WaitingFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> !c.isAnnotated(
                WaitingAgoraTest.class)));
    }
}
