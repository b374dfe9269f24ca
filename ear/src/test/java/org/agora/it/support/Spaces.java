package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Spaces made through the page's form, as a person makes them. */
public final class Spaces {

    private static final String PREFIX = "/spaces/";

    private Spaces() {
    }

    /**
     * Creates a space without a description through the spaces' page, as its owner does.
     *
     * @param kind {@code PUBLIC}, {@code PRIVATE} or {@code SECRET}
     * @return the new space's address, such as {@code /spaces/design-3}
     */
    public static String create(AgoraClient owner, String name, String kind) {
        return create(owner, name, "", kind);
    }

    /**
     * Creates a space through the spaces' page, as its owner does, and checks that Agora made it.
     *
     * @param kind {@code PUBLIC}, {@code PRIVATE} or {@code SECRET}
     * @return the new space's address, such as {@code /spaces/design-3}
     */
    public static String create(AgoraClient owner, String name, String description, String kind) {
        owner.get("/spaces");
        Page created = owner.post("/spaces", Map.of("name", name, "description", description, "kind", kind));
        assertThat(created.status()).as("space %s created: %s", name, created).isEqualTo(303);
        assertThat(created.location()).as(created.toString()).startsWith(PREFIX);
        return created.location();
    }

    /** @return the slug of a space's address: {@code design-3} for {@code /spaces/design-3} */
    public static String slug(String address) {
        assertThat(address).startsWith(PREFIX);
        return address.substring(PREFIX.length());
    }
}
