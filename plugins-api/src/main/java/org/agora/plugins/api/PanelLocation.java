package org.agora.plugins.api;

/**
 * Where Agora shows plugins' panels: small boxes beside a page's main column (below it on a phone).
 *
 * @since 1.4.0
 */
public enum PanelLocation {
    /** the home page, beside the feed */
    HOME,
    /**
     * a space's page, beside its feed, shown to people who may read the space and only where the space uses the
     * plugin; {@link PanelRequest#space()} names the space
     */
    SPACE
}
