package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conversations begun and written in through the pages' forms, as a person does. */
public final class Chats {

    private static final Pattern CONVERSATION = Pattern.compile("^/messages/(\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("#message-(\\d+)$");

    private Chats() {
    }

    /** @return the id of the one-to-one conversation with the person of that handle */
    public static long direct(AgoraClient me, String handle) {
        me.get("/messages");
        return conversation(me.post("/messages/direct", Map.of("person-handles", handle)));
    }

    /** @return the id of a new group with the people of those handles (separated by commas) */
    public static long group(AgoraClient me, String name, String handles) {
        me.get("/messages");
        return conversation(me.post("/messages/groups", Map.of("name", name, "members-handles", handles)));
    }

    /** @return the id of the chat channel of the space at that address ({@code /spaces/slug}) */
    public static long channel(AgoraClient member, String space) {
        return conversation(member.get(space + "/chat"));
    }

    /** @return the id of the message written */
    public static long say(AgoraClient me, long conversation, String text) {
        me.get("/messages/" + conversation);
        Page sent = me.post("/messages/" + conversation, Map.of("text", text));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(303);
        Matcher m = MESSAGE.matcher(sent.location());
        assertThat(m.find()).as(sent.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long conversation(Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(303);
        Matcher m = CONVERSATION.matcher(page.location());
        assertThat(m.find()).as(page.location()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
