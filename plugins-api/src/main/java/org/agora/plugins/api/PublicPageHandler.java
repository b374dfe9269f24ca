package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * Serves a plugin's public addresses under {@code /public/m/{plugin-id}/}: for programs that cannot sign in to
 * Agora, such as a calendar application reading a person's subscription feed.
 *
 * <p>Nobody is signed in here, so Agora cannot tell who asks: the plugin authenticates the caller itself, by a long
 * random secret in the address that the person can renew or revoke, and answers only what that secret's owner may
 * read at this moment. The host serves {@code GET} requests only and keeps its time limits; it sends a
 * {@link PageResult.Download} as is (never cached by the way) and turns {@link PageResult.NotFound},
 * {@link PageResult.Forbidden} and {@link PageResult.BadRequest} into the matching status; any other result is
 * answered as not found, since there is no page layout without a signed-in person. Plugin views receive the absolute
 * address of these pages as {@code ${publicBase}}, such as {@code https://agora.example.com/public/m/calendar}.
 *
 * <pre>{@code
 * @Extension
 * public class Feeds implements PublicPageHandler {
 *     public PageResult handle(PublicRequest request, PluginContext context) {
 *         Optional<Long> person = tokens.owner(request.path());   // "/feed/7Qx...ics"
 *         return person.map(id -> (PageResult) new PageResult.Download("agenda.ics", "text/calendar", ics(id)))
 *                 .orElse(PageResult.notFound("No such feed"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.3.0
 */
public interface PublicPageHandler extends ExtensionPoint {

    /**
     * Answers one request from someone Agora does not know.
     *
     * @param request the address and parameters asked for
     * @param context the host services for this plugin
     * @return a download, or why not
     * @throws Exception any failure; the host answers with its own error status and logs it
     */
    PageResult handle(PublicRequest request, PluginContext context) throws Exception;
}
