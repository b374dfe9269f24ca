package org.agora.wiki;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links between pages, written {@code [[Page title]]} or {@code [[Page title|label]]}.
 *
 * <p>Rendering replaces each link by a random placeholder before the host renders and sanitises the Markdown, then
 * puts the link's HTML, built here with an escaped label, in place of the placeholder. So a label can hold no
 * markup, and nobody can guess a placeholder to smuggle HTML in.
 */
final class WikiLinks {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WikiLinks() {
    }

    /**
     * A link as written.
     *
     * @param title the title of the page it leads to
     * @param label what the reader sees
     */
    record Link(String title, String label) {

        /** @return the key of the page it leads to */
        String key() {
            return WikiPage.slugOf(title);
        }
    }

    /**
     * Where a link leads.
     *
     * @param href    the address
     * @param missing true if no page has that title yet: the address is the form that creates it
     */
    record Target(String href, boolean missing) {
    }

    /** @return the links of a text, in order, each once */
    static List<Link> in(String markdown) {
        Set<Link> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            links.add(link(m));
        }
        return List.copyOf(links);
    }

    /** @return the text with each link replaced by its label, as search and feed cards show it */
    static String plain(String markdown) {
        return LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(link(m).label()));
    }

    /**
     * @param markdown the page's text
     * @param render   the host's Markdown rendering, which sanitises
     * @param resolve  where each link leads
     * @return safe HTML with the links in place
     */
    static String render(String markdown, UnaryOperator<String> render, Function<Link, Target> resolve) {
        String nonce = "wl" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + "x";
        List<Link> found = new ArrayList<>();
        String marked = LINK.matcher(markdown).replaceAll(m -> {
            found.add(link(m));
            return nonce + (found.size() - 1) + "x";
        });
        String html = render.apply(marked);
        return Pattern.compile(nonce + "(\\d+)x").matcher(html).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            if (index >= found.size()) {
                return m.group();
            }
            Link link = found.get(index);
            Target target = resolve.apply(link);
            return Matcher.quoteReplacement("<a class=\"wiki-link" + (target.missing() ? " missing" : "")
                    + "\" href=\"" + escape(target.href()) + "\">" + escape(link.label()) + "</a>");
        });
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Link link(java.util.regex.MatchResult m) {
        String title = WikiPage.cleanTitle(m.group(1));
        String label = m.group(2) == null ? title : m.group(2).strip();
        return new Link(title, label.isEmpty() ? title : label);
    }
}
