package org.agora.it.support;

/**
 * What test classes share on the test server beyond their own accounts and data, named for JUnit's resource locks:
 * the build runs test classes in parallel, and a class that changes such a thing for everyone locks it.
 */
public final class SharedState {

    /** Every conversation's messages: a retention period deletes everyone's older messages. */
    public static final String MESSAGES = "agora.messages";

    /** The test SMTP server's port, where a class's GreenMail receives what the test server sends. */
    public static final String MAIL = "agora.mail";

    /** The whole test server, which an {@link Alone} class has to itself. */
    public static final String SERVER = "agora.server";

    /** The ports of the servers that {@link OwnServers} classes start. */
    public static final String OWN_SERVER_PORTS = "agora.own-server-ports";

    private SharedState() {
    }
}
