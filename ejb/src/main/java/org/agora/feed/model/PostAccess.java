package org.agora.feed.model;

import java.util.Optional;
import org.agora.spaces.model.Access;

/**
 * What one person may do with one post: who reads, comments, edits, deletes, moderates and pins, decided without the
 * database, next to {@link Access} which it builds on for posts in a space.
 *
 * @param author       true if the person wrote the post
 * @param space        the person's access to the post's space, or empty for a company-wide post
 * @param companyModerator true for a company-wide moderator or administrator, who moderates wherever they read
 * @param item         true for a plugin's content item, which is edited in its module
 */
public record PostAccess(boolean author, Optional<Access> space, boolean companyModerator, boolean item) {

    /** @return the rules for a company-wide post */
    public static PostAccess companyWide(boolean author, boolean companyModerator, boolean item) {
        return new PostAccess(author, Optional.empty(), companyModerator, item);
    }

    /** @return the rules for a post in a space */
    public static PostAccess inSpace(boolean author, Access space, boolean companyModerator, boolean item) {
        return new PostAccess(author, Optional.of(space), companyModerator, item);
    }

    /** @return true if the person may read the post: everyone on the company feed, readers of its space */
    public boolean canRead() {
        return space.map(Access::canRead).orElse(true);
    }

    /** @return true if the person may comment and react: any member on the company feed, writers of its space */
    public boolean canWrite() {
        return canRead() && space.map(Access::canWrite).orElse(true);
    }

    /**
     * @return true if the person may delete others' comments and the post: the space's managers, and company
     *         moderators and administrators wherever they read
     */
    public boolean canModerate() {
        return canRead() && (companyModerator || space.map(Access::canManage).orElse(false));
    }

    /** @return true if the person may change the text: its author, not in an archived space, not a module's item */
    public boolean canEdit() {
        return canRead() && author && !archived() && !item;
    }

    /** @return true if the person may delete the post: its author or a moderator, not in an archived space */
    public boolean canDelete() {
        return canRead() && (author || canModerate()) && !archived();
    }

    /** @return true if the person may see the former versions: the author and moderators */
    public boolean canSeeHistory() {
        return canRead() && (author || canModerate());
    }

    /** @return true if the person may pin the post at the top of its space: the space's moderators */
    public boolean canPin() {
        return canRead() && space.map(Access::canManage).orElse(false) && !archived();
    }

    private boolean archived() {
        return space.map(Access::archived).orElse(false);
    }
}
