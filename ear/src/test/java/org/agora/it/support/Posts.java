package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Finding posts on pages and commenting on them, as a reader's browser does. */
public final class Posts {

    /** The text of a post card, without the comments its footer shows: {@code select(Posts.TEXT)} */
    public static final String TEXT = "article.post > .card-body > .rich-text";

    private Posts() {
    }

    /**
     * Publishes a post as its author does, from the page its composer is on, and checks that Agora took it.
     *
     * @param space the space's address, such as {@code /spaces/design-3}, or null for the company-wide feed
     * @return the new post's id
     */
    public static long publish(AgoraClient author, String space, String text) {
        return publish(author, space, text, text);
    }

    /**
     * Publishes a post and finds its card by a part of the text as the card shows it (a mention is drawn as the
     * person's name, Markdown as markup).
     *
     * @return the new post's id
     */
    public static long publish(AgoraClient author, String space, String text, String shown) {
        String page = space == null ? "/" : space;
        author.get(page);
        Page sent = author.post(space == null ? "/posts" : space + "/posts", Map.of("text", text));
        assertThat(sent.status()).as("post published: " + sent).isEqualTo(303);
        return postId(author.get(page).body(), shown);
    }

    /** @return the id of the first post card on {@code page} that shows {@code text} */
    public static long postId(String page, String text) {
        Element card = Jsoup.parse(page).select("article.post[id^=post-]").stream()
                .filter(c -> c.text().contains(text) || c.html().contains(text)).findFirst().orElse(null);
        assertThat(card).as("post " + text + " on the page").isNotNull();
        return Long.parseLong(card.id().substring("post-".length()));
    }

    /** Comments on a post from its page; @return the comment's id */
    public static long comment(AgoraClient client, long postId, String text) {
        return comment(client, postId, text, null);
    }

    /** Comments on a post from its page, as a reply to {@code parent} when not null; @return the comment's id */
    public static long comment(AgoraClient client, long postId, String text, Long parent) {
        client.get("/posts/" + postId);
        Page sent = client.post("/posts/" + postId + "/comments",
                parent == null ? Map.of("text", text) : Map.of("text", text, "parent", parent.toString()));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(303);
        return Long.parseLong(sent.location().replaceAll(".*#comment-(\\d+)$", "$1"));
    }
}
