package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Spaces made through the page's form, as a person makes them. */
public final class Spaces {

    private Spaces() {
    }

    /**
     * Creates a space through the spaces' page, as its owner does.
     *
     * @param kind {@code PUBLIC}, {@code PRIVATE} or {@code SECRET}
     * @return the new space's address, such as {@code /spaces/design-3}
     */
    public static String create(AgoraClient owner, String name, String kind) {
        owner.get("/spaces");
        Page created = owner.post("/spaces", Map.of("name", name, "kind", kind));
        assertThat(created.status()).as("space %s created: %s", name, created).isEqualTo(303);
        assertThat(created.location()).as(created.toString()).startsWith("/spaces/");
        return created.location();
    }
}
