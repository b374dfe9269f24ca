package org.agora.it.support;

/**
 * What test classes share on the test server beyond their own accounts and data, named for JUnit's resource locks:
 * the build runs test classes in parallel, and a class that changes such a thing for everyone locks it.
 */
public final class SharedState {

    /**
     * The machine's processors: a class that keeps them busy holds them, so busy classes run one at a time, and a
     * class that mostly waits for time to pass ({@link WaitingAgoraTest}) runs beside them.
     */
    public static final String PROCESSORS = "agora.processors";

    /** Every conversation's messages: a retention period deletes everyone's older messages. */
    public static final String MESSAGES = "agora.messages";

    private SharedState() {
    }
}
