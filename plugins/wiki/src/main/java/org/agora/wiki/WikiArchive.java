package org.agora.wiki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.UploadedFile;

/**
 * Pages as Markdown files: each file starts with a front matter that holds the page's title, and a ZIP's folders
 * follow the hierarchy ({@code parent.md} and {@code parent/child.md}). Imports read a {@code .md} file or a ZIP of
 * them, refusing the whole upload, with the reason, for an unsafe name, a file that is no Markdown, an oversized
 * file, too many files or too much text in all: a ZIP's declared sizes are not trusted, the bytes are counted.
 */
final class WikiArchive {

    static final int MAX_FILES = 200;
    static final int MAX_FILE_BYTES = 4 * WikiPage.MAX_TEXT;
    static final int MAX_TOTAL_BYTES = 5_000_000;
    private static final Pattern FRONT = Pattern.compile("\\A---\\R(?:title: ?(.*)\\R)?(?s:.*?)---\\R(?:\\R)?");

    private WikiArchive() {
    }

    /**
     * A page as a file.
     *
     * @param path     its path, such as {@code parent/child.md}
     * @param title    the page's title
     * @param markdown the page's text
     */
    record Entry(String path, String title, String markdown) {

        /** @return the path of the parent's file, or null for a file at the top */
        String parentPath() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? null : path.substring(0, slash) + ".md";
        }

        int depth() {
            return (int) path.chars().filter(c -> c == '/').count();
        }
    }

    /** The upload cannot be imported; the message says why, in the reader's language. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** @return the file's text: a front matter with the title, then the page's Markdown */
    static String markdownFile(String title, String markdown) {
        return "---\ntitle: " + title + "\n---\n\n" + markdown + (markdown.endsWith("\n") ? "" : "\n");
    }

    /** @return a ZIP of the entries */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.path()));
                zip.write(markdownFile(e.title(), e.markdown()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return the pages of an uploaded {@code .md} file or ZIP of them, parents before their children */
    static List<Entry> read(UploadedFile file, Messages messages) throws Refused {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        List<Entry> entries = new ArrayList<>();
        if (name.endsWith(".md")) {
            if (file.size() > MAX_FILE_BYTES) {
                throw new Refused(messages.get("wiki.import.tooBig", file.fileName()));
            }
            entries.add(entry(safeName(file.fileName(), messages), file.content()));
        } else if (name.endsWith(".zip")) {
            readZip(file, messages, entries);
        } else {
            throw new Refused(messages.get("wiki.import.notMarkdown", file.fileName()));
        }
        if (entries.isEmpty()) {
            throw new Refused(messages.get("wiki.import.empty"));
        }
        entries.sort(java.util.Comparator.comparingInt(Entry::depth));
        return entries;
    }

    private static void readZip(UploadedFile file, Messages messages, List<Entry> entries) throws Refused {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                String path = safeName(e.getName(), messages);
                if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    throw new Refused(messages.get("wiki.import.notMarkdown", e.getName()));
                }
                if (entries.size() >= MAX_FILES) {
                    throw new Refused(messages.get("wiki.import.tooMany", MAX_FILES));
                }
                byte[] content = readAtMost(zip, MAX_FILE_BYTES);
                if (content == null) {
                    throw new Refused(messages.get("wiki.import.tooBig", e.getName()));
                }
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new Refused(messages.get("wiki.import.tooMuch"));
                }
                entries.add(entry(path, content));
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new Refused(messages.get("wiki.import.badZip", file.fileName()));
        }
    }

    /** @return the name if it is a plain relative path, without {@code ..}, backslashes or control characters */
    private static String safeName(String name, Messages messages) throws Refused {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(Character::isISOControl) || name.length() > 300;
        for (String part : name.split("/", -1)) {
            unsafe |= part.isEmpty() || part.equals("..") || part.equals(".");
        }
        if (unsafe) {
            throw new Refused(messages.get("wiki.import.unsafe", name));
        }
        return name;
    }

    /** @return the stream's bytes, or null when there are more than {@code limit} */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static Entry entry(String path, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Matcher front = FRONT.matcher(text);
        String title = null;
        if (front.find()) {
            title = front.group(1) == null ? null : WikiPage.cleanTitle(front.group(1));
            text = text.substring(front.end());
        }
        if (title == null || title.isEmpty()) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            title = WikiPage.cleanTitle(file.substring(0, file.length() - 3).replace('-', ' ').replace('_', ' '));
        }
        return new Entry(path, title, text.strip());
    }
}
