package org.agora.wiki;

import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * What the viewer may do in one wiki, asked once per request.
 *
 * @param create may create and import pages
 * @param edit   may edit unlocked pages, move them, attach files and choose the home page
 * @param delete may delete pages
 * @param lock   may lock and unlock pages, and edit locked ones
 */
public record WikiRights(boolean create, boolean edit, boolean delete, boolean lock) {

    static WikiRights of(Viewer viewer, SpaceRef space, PluginContext context) {
        return new WikiRights(may(viewer, space, context, WikiPermissions.CREATE),
                may(viewer, space, context, WikiPermissions.EDIT),
                may(viewer, space, context, WikiPermissions.DELETE),
                may(viewer, space, context, WikiPermissions.LOCK));
    }

    /** @return true if the viewer may edit this page: a locked page needs the lock permission too */
    public boolean mayEdit(WikiPage page) {
        return edit && (!page.locked() || lock);
    }

    private static boolean may(Viewer viewer, SpaceRef space, PluginContext context, String action) {
        return space == null ? context.permitted(viewer, WikiPermissions.key(false, action))
                : context.permitted(viewer, space, WikiPermissions.key(true, action));
    }
}
