package org.agora.search;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Threads whose work may be interrupted (a plugin's, at its time limit), and the sections of it that an interrupt
 * must wait for: the search index's writing, which an interrupt inside its file channels would close for good. An
 * interrupt that comes during such a section is delivered when it ends.
 */
public final class InterruptibleThreads {

    private static final ThreadLocal<Handle> CURRENT = new ThreadLocal<>();

    private InterruptibleThreads() {
    }

    /** How another thread interrupts an interruptible thread, respecting its shielded sections. */
    public static final class Handle {

        private final Thread thread;
        private int shielded;
        private boolean pending;
        private boolean done;

        private Handle(Thread thread) {
            this.thread = thread;
        }

        /** Interrupts the thread now, or at the end of the section it is in; nothing once its work has ended. */
        public synchronized void interrupt() {
            if (done) {
                return;
            }
            if (shielded > 0) {
                pending = true;
            } else {
                thread.interrupt();
            }
        }

        private synchronized boolean enter() {
            shielded++;
            // an interrupt delivered just before the section waits for its end too
            boolean early = Thread.interrupted();
            pending |= early;
            return early;
        }

        // the thread goes back to its pool: an interrupt meant for this work must not reach the next
        private synchronized void finish() {
            done = true;
            pending = false;
        }

        private synchronized void leave() {
            if (--shielded == 0 && pending) {
                pending = false;
                thread.interrupt();
            }
        }
    }

    /**
     * Runs work that may be interrupted, giving its handle to whoever may interrupt it.
     *
     * @param handle receives the thread's handle before the work starts
     */
    public static <T> T run(Callable<T> work, Consumer<Handle> handle) throws Exception {
        Handle h = new Handle(Thread.currentThread());
        CURRENT.set(h);
        handle.accept(h);
        try {
            return work.call();
        } finally {
            h.finish();
            CURRENT.remove();
        }
    }

    /** Runs work that an interrupt must not reach; on other threads, simply runs it. */
    static void shielded(Runnable work) {
        Handle h = CURRENT.get();
        if (h == null) {
            work.run();
            return;
        }
        h.enter();
        try {
            work.run();
        } finally {
            h.leave();
        }
    }
}
