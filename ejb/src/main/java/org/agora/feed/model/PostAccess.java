package org.agora.feed.model;

import java.util.Optional;
import org.agora.people.model.Role;
import org.agora.spaces.model.Access;

/**
 * What one person may do with one post: who reads, comments, edits, deletes, moderates, pins and sees the history,
 * decided without the database, next to {@link Access} which it builds on for posts in a space. Every service that
 * answers what a reader may do with a post (its page, its comments and reactions, a feed's cards) asks this policy.
 *
 * @param author       true if the person wrote the post
 * @param space        the person's access to the post's space, or empty for a company-wide post
 * @param companyModerator true for a company-wide moderator or administrator, who moderates wherever they read
 * @param item         true for a plugin's content item, which is edited in its module
 */
public record PostAccess(boolean author, Optional<Access> space, boolean companyModerator, boolean item) {

    /**
     * @param authorId   who wrote the post
     * @param readerId   who reads it
     * @param readerRole the reader's company-wide role; null for nobody known, who moderates nothing
     * @param space      the reader's access to the post's space, or empty for a company-wide post
     * @param item       true for a plugin's content item
     * @return the rules of the post for the reader
     */
    public static PostAccess of(long authorId, long readerId, Role readerRole, Optional<Access> space, boolean item) {
        return new PostAccess(authorId == readerId, space, readerRole != null && readerRole.moderates(), item);
    }

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
        return readable(space);
    }

    /**
     * @param space the reader's access to the post's space, or empty for a company-wide post
     * @return true if the reader may read a post there, for checks that need no more than that
     */
    public static boolean readable(Optional<Access> space) {
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

    /** @return true if the person wrote the text and may open it in the editor: not a module's item, edited there */
    public boolean writesText() {
        return canRead() && author && !item;
    }

    /** @return true if the person may change the text: its author, not in an archived space, not a module's item */
    public boolean canEdit() {
        return writesText() && !archived();
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
