package org.agora.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown as Agora shows it: CommonMark (with tables and autolinks) rendered to HTML, then passed through an
 * allow-list sanitiser, so no script, event handler, style or unsafe URL reaches a reader's browser.
 */
public final class RichText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    /*
     * Written text sits under the page's own title, its one level-one heading: "# Title" becomes a level-two
     * heading, and so on down to six, so that screen readers meet the page's headings in order.
     */
    private static final PostProcessor HEADINGS_BELOW_THE_PAGE = document -> {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return document;
    };
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .postProcessor(HEADINGS_BELOW_THE_PAGE).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowElements("pre", "code", "hr", "del", "br")
                    .allowAttributes("class").matching(Pattern.compile("language-[a-z0-9+#-]{1,20}")).onElements("code")
                    .toFactory());

    private RichText() {
    }

    /** @return safe HTML for the Markdown source */
    public static String toHtml(String markdown) {
        return POLICY.sanitize(HTML.render(parse(markdown)));
    }

    /**
     * Safe HTML for a post: as {@link #toHtml(String)}, and every hashtag links to its page
     * ({@code /hashtags/{tag}}) and every mention of a known person to theirs ({@code /people/{id}}); mentions of
     * unknown handles stay plain text. The links pass through the same sanitiser as the rest.
     *
     * @param people the person id of each known handle, as {@link References#of} found them
     */
    public static String toHtml(String markdown, Map<String, Long> people) {
        return toHtml(markdown, Mentioned.byHandle(people));
    }

    /**
     * Safe HTML for a post or a comment, as {@link #toHtml(String, Map)}, each mention showing the person's name.
     */
    public static String toHtml(String markdown, Mentioned mentioned) {
        Node document = parse(markdown);
        References.visitText(document, text -> link(text, mentioned));
        return POLICY.sanitize(HTML.render(document));
    }

    /** Replaces the text node by its words and links, if it holds references. */
    private static void link(Text text, Mentioned mentioned) {
        Map<String, Long> people = mentioned.ids();
        String literal = References.normalise(text.getLiteral());
        int done = 0;
        for (References.Found f : References.find(literal)) {
            Long person = f.mention() ? people.get(f.name()) : null;
            if (f.mention() && person == null) {
                continue;
            }
            String href = f.mention() ? "/people/" + person
                    : "/hashtags/" + URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20");
            if (f.start() > done) {
                text.insertBefore(new Text(literal.substring(done, f.start())));
            }
            Link link = new Link(href, null);
            String name = person == null ? null : mentioned.names().get(person);
            link.appendChild(new Text(name != null ? name : literal.substring(f.start(), f.end())));
            text.insertBefore(link);
            done = f.end();
        }
        if (done > 0) {
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    /** @return the Markdown source as a CommonMark tree */
    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** @return the words of the Markdown source without markup, for search and previews */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }
}
