package org.agora.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * How long one thread has waited for a processor while ready to run, read from Linux's scheduler statistics
 * ({@code /proc/<pid>/task/<tid>/schedstat}: time on a processor, time waiting in the run queue, in nanoseconds).
 * Elsewhere, or where the file cannot be read, the thread is taken never to have waited.
 */
final class ProcessorWait {

    private static final ProcessorWait NONE = new ProcessorWait(null);

    // a thread's file is found once: every call into a plugin reads the clock of the pool thread that runs it. Held
    // weakly by thread, so that the pool's ended threads leave the map (and not in a ThreadLocal, which would keep
    // the application's classes on the server's threads)
    private static final Map<Thread, ProcessorWait> OF_THREAD = Collections.synchronizedMap(new WeakHashMap<>());

    private final Path schedstat;

    private ProcessorWait(Path schedstat) {
        this.schedstat = schedstat;
    }

    /** @return the clock of the calling thread */
    static ProcessorWait ofCurrentThread() {
        return OF_THREAD.computeIfAbsent(Thread.currentThread(), thread -> find());
    }

    private static ProcessorWait find() {
        try {
            Path file = Path.of("/proc/thread-self").toRealPath().resolve("schedstat");
            return Files.isReadable(file) ? new ProcessorWait(file) : NONE;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** @return the nanoseconds the thread has waited for a processor since it started, or 0 if unknown */
    long nanos() {
        if (schedstat == null) {
            return 0;
        }
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            // the thread ended, or the file is not what Linux writes
            return 0;
        }
    }
}
