package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A response of Agora: status, body and, for redirects, where to; its HTML is read as a browser reads it, by CSS
 * selectors, so a test names the element it means; its JSON by the fields a script reads.
 */
public final class Page {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int status;
    private final String body;
    private final String location;
    private final String contentType;
    private Document html;

    public Page(int status, String body, String location, String contentType) {
        this.status = status;
        this.body = body;
        this.location = location;
        this.contentType = contentType;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    /** @return where a redirect leads, relative to Agora, or null */
    public String location() {
        return location;
    }

    public String contentType() {
        return contentType;
    }

    /** @return the CSRF token of the page's forms */
    public Optional<String> csrf() {
        Matcher m = CSRF.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public boolean contains(String text) {
        return body.contains(text);
    }

    /** @return the page parsed once, shared by every call: read it, do not change it (use {@link Forms#html}) */
    public Document html() {
        if (html == null) {
            html = Jsoup.parse(body);
        }
        return html;
    }

    /** @return the elements the CSS selector finds */
    public Elements select(String css) {
        return html().select(css);
    }

    /** @return the one element the CSS selector finds first; fails the test if there is none */
    public Element one(String css) {
        Element found = html().selectFirst(css);
        assertThat(found).as(css + " in " + this).isNotNull();
        return found;
    }

    /** @return the text a reader sees in the elements the selector finds, or "" when there are none */
    public String text(String css) {
        return select(css).text();
    }

    /** @return the text a reader sees on the whole page */
    public String text() {
        return html().body().text();
    }

    /** @return the page's title, as the browser's tab shows it */
    public String title() {
        return html().title();
    }

    /** @return the body read as a JSON object, as a script reads it: by its fields, not by its spelling */
    public JsonObject jsonObject() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** @return the body read as a JSON array */
    public JsonArray jsonArray() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** Fails the test unless Agora answered with this status; @return this page, to read on */
    public Page expect(int expected) {
        assertThat(status).as("status of " + this).isEqualTo(expected);
        return this;
    }

    /** Fails the test unless Agora showed the page (200), not an error, a redirect or the sign-in form */
    public Page ok() {
        return expect(200);
    }

    /**
     * Fails the test unless Agora showed the page with this title (as the browser's tab shows it, before
     * " · Agora"): not an error page, a redirect or the sign-in form. @return this page, to read on
     */
    public Page titled(String expected) {
        ok();
        assertThat(title()).as("title of " + this).isEqualTo(expected + " · Agora");
        return this;
    }

    @Override
    public String toString() {
        return status + " " + (location == null ? "" : "-> " + location + " ")
                + body.substring(0, Math.min(300, body.length()));
    }
}
