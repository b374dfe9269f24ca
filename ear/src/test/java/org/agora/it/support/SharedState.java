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

    private SharedState() {
    }
}
