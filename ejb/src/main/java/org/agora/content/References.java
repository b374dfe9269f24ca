package org.agora.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The @mentions and #hashtags of a post. A mention is {@code @} and a person's handle, the local part of their
 * e-mail address ({@code @camille.martin} for camille.martin@lumen.example); a hashtag is {@code #} and letters
 * (any alphabet), digits or underscores, with at least one letter, at most {@value #MAX_TAG} characters.
 * Both are found only in the words of the text: never in code spans, code blocks, links (autolinked URLs and
 * e-mail addresses included) or raw HTML, and never glued to a word before them ({@code a@b}, {@code page#top}).
 * Handles and tags are kept in lower case, tags in Unicode NFC form, so {@code #Équipe} and {@code #équipe} match.
 *
 * @param handles the handles mentioned, in order of first appearance
 * @param hashtags the tags, in order of first appearance
 */
public record References(Set<String> handles, Set<String> hashtags) {

    public static final int MAX_TAG = 64;
    public static final int MAX_HANDLE = 64;

    /** A mention (group 1: the handle, dots, pluses and dashes inside it) or a hashtag (group 2). */
    private static final Pattern REFERENCE = Pattern.compile(
            "@([\\p{L}\\p{M}\\p{N}_]+(?:[.+-][\\p{L}\\p{M}\\p{N}_]+)*)|#([\\p{L}\\p{M}\\p{N}_]+)");
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_]+(?:[.+-][a-z0-9_]+)*");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

    public References {
        handles = Collections.unmodifiableSet(new LinkedHashSet<>(handles));
        hashtags = Collections.unmodifiableSet(new LinkedHashSet<>(hashtags));
    }

    /** A mention or hashtag found in a piece of text: {@code [start, end)} of the literal, and its name. */
    record Found(int start, int end, boolean mention, String name) {
    }

    /** @return the mentions and hashtags of a Markdown text */
    public static References of(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        visitText(RichText.parse(markdown), text -> {
            for (Found f : find(normalise(text.getLiteral()))) {
                (f.mention() ? handles : tags).add(f.name());
            }
        });
        return new References(handles, tags);
    }

    /** @return the tag as stored, if the text is a valid hashtag name (without the {@code #}) */
    public static Optional<String> hashtag(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String tag = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        boolean valid = tag.length() <= MAX_TAG && TAG.matcher(tag).matches() && tag.codePoints().anyMatch(Character::isLetter);
        return valid ? Optional.of(tag) : Optional.empty();
    }

    /** @return the handle as stored, if the text can be the handle of a person */
    public static Optional<String> handle(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String handle = name.strip().toLowerCase(Locale.ROOT);
        return handle.length() <= MAX_HANDLE && HANDLE.matcher(handle).matches() ? Optional.of(handle) : Optional.empty();
    }

    /**
     * @return the Markdown with every mention of the handle (whatever its case) replaced by the text, leaving longer
     *         handles that begin with it alone
     */
    public static String replaceMention(String markdown, String handle, String replacement) {
        Pattern mention = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_])@" + Pattern.quote(handle)
                + "(?![\\p{L}\\p{M}\\p{N}_]|[.+-][\\p{L}\\p{M}\\p{N}_])", Pattern.CASE_INSENSITIVE);
        return mention.matcher(markdown).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** @return the text in the form that {@link #find} reads: Unicode NFC */
    static String normalise(String literal) {
        return Normalizer.normalize(literal, Normalizer.Form.NFC);
    }

    /** @return the mentions and hashtags in one {@link #normalise normalised} literal of text, in order */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // "a@b" and "page#top" are addresses and anchors, "@bob@corp" is an e-mail address: not references
            boolean glued = start > 0 && isNameChar(text.codePointBefore(start));
            boolean address = end < text.length() && (text.charAt(end) == '@' || text.charAt(end) == '#');
            if (glued || address) {
                continue;
            }
            boolean mention = m.group(1) != null;
            Optional<String> name = mention ? handle(m.group(1)) : hashtag(m.group(2));
            name.ifPresent(n -> found.add(new Found(start, end, mention, n)));
        }
        return found;
    }

    private static boolean isNameChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '&' || c == '='
                || c == '@' || c == '#' || c == '-' || c == '+' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Calls the action for every text node that is plain words: not code, not HTML, not inside a link or image. */
    static void visitText(Node document, java.util.function.Consumer<Text> action) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Code code) {
                // a code span is code, never a reference
            }

            @Override
            public void visit(FencedCodeBlock block) {
                // idem
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                // idem
            }

            @Override
            public void visit(HtmlInline html) {
                // raw HTML is escaped as text anyway; links inside it must not appear
            }

            @Override
            public void visit(HtmlBlock html) {
                // idem
            }

            @Override
            public void visit(Link link) {
                // a link's words (an autolinked URL or e-mail address among them) already point somewhere
            }

            @Override
            public void visit(Image image) {
                // alternative text of an image cannot hold links
            }
        });
        // collected first: the action may replace the nodes, which would disturb the walk
        texts.forEach(action);
    }
}
