package org.agora.calendar;

import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * Who sees and who manages an event: the one place of these rules. A personal event is its owner's alone; a shared
 * event is seen by whoever may read its content item now (the host applies the space's visibility, so a private
 * or secret space's events never reach outsiders). Its organiser manages it, and so do the holders of the manage
 * permission of its calendar.
 */
final class EventAccess {

    private EventAccess() {
    }

    /** @return true if the person may see the event now */
    static boolean readable(Event e, long personId, PluginContext context) {
        if (!e.shared()) {
            return e.organiserId() == personId;
        }
        return e.contentId() > 0 && context.content().find(e.contentId(), person(personId)).isPresent();
    }

    /** @return true if the viewer may edit, delete and change occurrences of the event */
    static boolean manageable(Event e, Viewer viewer, SpaceRef space, PluginContext context) {
        if (e.organiserId() == viewer.id() && e.organiserId() > 0) {
            return true;
        }
        return switch (e.calendar()) {
            case PERSONAL -> false;
            case COMPANY -> context.permitted(viewer, CalendarPermissions.COMPANY_MANAGE);
            case SPACE -> space != null && space.id() == e.spaceId()
                    && context.permitted(viewer, space, CalendarPermissions.MANAGE);
        };
    }

    /** @return true if the viewer may add events to this calendar */
    static boolean mayCreate(CalendarKind kind, Viewer viewer, SpaceRef space, PluginContext context) {
        return switch (kind) {
            case PERSONAL -> true;
            case COMPANY -> context.permitted(viewer, CalendarPermissions.COMPANY_CREATE);
            case SPACE -> space != null && context.permitted(viewer, space, CalendarPermissions.CREATE);
        };
    }

    /** @return a person as the host's rights know them: by id only */
    static Viewer person(long personId) {
        return new Viewer(personId, "person " + personId, "", java.util.Set.of());
    }
}
