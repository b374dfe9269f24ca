package org.agora.spaces;

import org.agora.spaces.model.Access;
import org.agora.spaces.model.SpaceKind;

/** A space as one viewer sees it, with what that viewer may do. */
public record SpaceView(long id, String slug, String name, String description, SpaceKind kind, boolean archived,
                        long members, Access access) {

    public String kindName() {
        return kind.name().toLowerCase();
    }
}
