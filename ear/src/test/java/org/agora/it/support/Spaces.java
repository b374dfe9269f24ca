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

    /**
     * @param pluginId the module's id, such as {@code wiki}
     * @return the address of the module's tab on the space's page, as the reader sees it, such as
     *         {@code /m/wiki/?space=3}
     */
    public static String tab(AgoraClient reader, String space, String pluginId) {
        String href = reader.get(space).ok().one(".space-tabs a.nav-link[data-plugin=" + pluginId + "]").attr("href");
        assertThat(href).as("the %s tab of %s", pluginId, space).startsWith("/m/" + pluginId + "/")
                .contains("?space=");
        return href;
    }

    /** @return the part of a module's address that names the space, such as {@code ?space=3} */
    public static String query(String moduleAddress) {
        return moduleAddress.substring(moduleAddress.indexOf('?'));
    }

    /** @return the slug of a space's address: {@code design-3} for {@code /spaces/design-3} */
    public static String slug(String address) {
        assertThat(address).startsWith(PREFIX);
        return address.substring(PREFIX.length());
    }
}
