package org.agora.plugins.runtime;

import java.util.concurrent.Callable;

/** Plugin code runs with its plugin's class loader as context class loader, as ServiceLoader users expect. */
public final class ContextClassLoader {

    private ContextClassLoader() {
    }

    /** Runs {@code call} with {@code loader} as the thread's context class loader, then puts the previous back. */
    public static <T> T run(ClassLoader loader, Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
