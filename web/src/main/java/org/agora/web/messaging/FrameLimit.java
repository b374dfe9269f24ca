package org.agora.web.messaging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many frames one connection may send in a sliding window of time, so that a flood from one client is refused
 * without slowing anybody else's.
 */
final class FrameLimit {

    private final int frames;
    private final long windowNanos;
    private final Deque<Long> sent = new ArrayDeque<>();

    /** @param frames at most this many frames in any window of {@code window} */
    FrameLimit(int frames, Duration window) {
        this.frames = frames;
        this.windowNanos = window.toNanos();
    }

    /**
     * @param now the time of the new frame, in nanoseconds of {@link System#nanoTime()}
     * @return true if the frame is within the limit (and counts), false if it is refused (and does not count)
     */
    synchronized boolean allow(long now) {
        while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
            sent.removeFirst();
        }
        if (sent.size() >= frames) {
            return false;
        }
        sent.addLast(now);
        return true;
    }
}
