package org.agora.content;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Markdown someone wrote with the safe HTML it shows as, mentions linked: the text of a post, a comment or a
 * message, kept in the columns {@code body} and {@code body_html} of each. A value: a change makes a new one.
 */
@Embeddable
public class RenderedText {

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body", nullable = false)
    private String body;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    protected RenderedText() {
    }

    private RenderedText(String markdown, String html) {
        this.body = markdown;
        this.bodyHtml = html;
    }

    /**
     * @param people the people the text mentions, shown as links to them
     * @return the text rendered
     */
    public static RenderedText of(String markdown, Mentioned people) {
        return new RenderedText(markdown, RichText.toHtml(markdown, people));
    }

    /** @return no text, as a deleted message leaves; a new value each time, as each entity owns its own */
    public static RenderedText none() {
        return new RenderedText("", "");
    }

    /**
     * Replaces the mentions of a handle by text that names nobody, as erasing the person it named does.
     *
     * @param named the people of the handles the new text still mentions
     * @return the new text, or empty if this one does not mention the handle
     */
    public Optional<RenderedText> unmentioned(String handle, String replacement,
                                              Function<Collection<String>, Mentioned> named) {
        String text = References.replaceMention(body, handle, replacement);
        if (text.equals(body)) {
            return Optional.empty();
        }
        return Optional.of(of(text, named.apply(References.of(text).handles())));
    }

    /** @return the Markdown as written */
    public String markdown() {
        return body;
    }

    /** @return the safe HTML the text shows as */
    public String html() {
        return bodyHtml;
    }
}
