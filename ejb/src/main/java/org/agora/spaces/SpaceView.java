package org.agora.spaces;

import org.agora.spaces.model.Access;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpacePicture;

/**
 * A space as one viewer sees it, with what that viewer may do.
 *
 * @param coverHash the content hash of its cover image, or null
 * @param iconHash  the content hash of its icon, or null
 */
public record SpaceView(long id, String slug, String name, String description, SpaceKind kind, boolean archived,
                        long members, Access access, String coverHash, String iconHash) {

    /** @return the address of the cover image, which changes with the picture, or null without one */
    public String coverUrl() {
        return pictureUrl(SpacePicture.COVER, coverHash);
    }

    /** @return the address of the icon, which changes with the picture, or null without one */
    public String iconUrl() {
        return pictureUrl(SpacePicture.ICON, iconHash);
    }

    private String pictureUrl(SpacePicture picture, String hash) {
        return hash == null ? null : "/spaces/" + slug + "/" + picture.field() + "?v=" + hash.substring(0, 12);
    }

    public String kindName() {
        return kind.name().toLowerCase();
    }
}
