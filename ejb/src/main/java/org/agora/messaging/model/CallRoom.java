package org.agora.messaging.model;

import java.security.SecureRandom;

/**
 * The address of a new video call: the administrator's template with an unguessable room name in place of
 * {@code {room}}, so that only the people the link is given to find the meeting.
 */
public final class CallRoom {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    /** The letters of a room name after its prefix: 24 of 32 possible, 120 bits. */
    static final int LENGTH = 24;

    private CallRoom() {
    }

    /** @return the template's address for a new room */
    public static String in(String template) {
        if (!template.contains("{room}")) {
            throw new IllegalArgumentException("a call template names the room with {room}: " + template);
        }
        return template.replace("{room}", name());
    }

    /** @return a new room name, letters and digits only, so that it needs no escaping in any address */
    static String name() {
        StringBuilder name = new StringBuilder("Agora");
        for (int i = 0; i < LENGTH; i++) {
            name.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return name.toString();
    }
}
