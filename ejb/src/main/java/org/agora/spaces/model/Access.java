package org.agora.spaces.model;

import java.util.Optional;

/**
 * What one person may do with one space: the visibility rules of Agora in one place.
 *
 * @param kind       the space's kind
 * @param archived   true when the space is read-only
 * @param status     the person's membership status, if any
 * @param role       the person's role, when a member
 * @param companyAdmin true for an administrator of the installation
 */
public record Access(SpaceKind kind, boolean archived, Optional<MembershipStatus> status, Optional<SpaceRole> role,
                     boolean companyAdmin) {

    public boolean isMember() {
        return status.filter(s -> s == MembershipStatus.ACTIVE).isPresent();
    }

    public boolean isInvited() {
        return status.filter(s -> s == MembershipStatus.INVITED).isPresent();
    }

    public boolean hasRequested() {
        return status.filter(s -> s == MembershipStatus.REQUESTED).isPresent();
    }

    /** @return true if the person may know that the space exists (name, description, kind) */
    public boolean canFind() {
        return kind != SpaceKind.SECRET || isMember() || isInvited() || companyAdmin;
    }

    /** @return true if the person may read the space's posts, members and files */
    public boolean canRead() {
        return kind == SpaceKind.PUBLIC || isMember() || companyAdmin;
    }

    /** @return true if the person may post and comment in the space */
    public boolean canWrite() {
        return !archived && isMember();
    }

    /** @return true if the person may join at once, without invitation */
    public boolean canJoin() {
        return !archived && kind == SpaceKind.PUBLIC && !isMember();
    }

    /** @return true if the person may ask to join */
    public boolean canRequest() {
        return !archived && kind == SpaceKind.PRIVATE && status.isEmpty();
    }

    /** @return true if the person may invite, approve, remove members and moderate */
    public boolean canManage() {
        return isMember() && role.map(SpaceRole::manages).orElse(false) || companyAdmin;
    }

    /** @return true if the person owns the space (archive, restore, transfer) */
    public boolean isOwner() {
        return isMember() && role.filter(r -> r == SpaceRole.OWNER).isPresent() || companyAdmin;
    }
}
