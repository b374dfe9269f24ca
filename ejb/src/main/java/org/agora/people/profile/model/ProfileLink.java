package org.agora.people.profile.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.agora.validation.InvalidInputException;

/** A labelled web address on a profile; only http and https, so that no link runs script or opens a file. */
@Embeddable
public class ProfileLink {

    public static final int MAX_LABEL = 80;
    public static final int MAX_URL = 500;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    protected ProfileLink() {
    }

    private ProfileLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    /**
     * @param label shown instead of the address; the host name when blank
     * @throws InvalidInputException if the address is not an absolute http or https URL or a part is too long
     */
    public static ProfileLink of(String label, String url) {
        String address = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw refused(address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(address);
        }
        if (address.length() > MAX_URL) {
            throw new InvalidInputException("links", "error.link.long", MAX_URL);
        }
        String text = label == null || label.isBlank() ? uri.getHost() : label.strip();
        if (text.length() > MAX_LABEL) {
            throw new InvalidInputException("links", "error.link.label.long", MAX_LABEL);
        }
        return new ProfileLink(text, address);
    }

    private static InvalidInputException refused(String address) {
        return new InvalidInputException("links",
                "error.link.address", shorten(address));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileLink l && label.equals(l.label) && url.equals(l.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, url);
    }
}
