package org.agora.people.admin;

/**
 * A line of the administrators' list of people: who they are, their role and where their account stands.
 *
 * @param role        the name of their {@link org.agora.people.model.Role}
 * @param status      the name of their {@link org.agora.people.model.AccountStatus}
 * @param hasPassword false while they have not chosen a password, so cannot sign in yet
 */
public record PersonAccount(long id, String name, String email, String department, String jobTitle, String role,
                            String status, boolean hasPassword) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean deactivated() {
        return "DEACTIVATED".equals(status);
    }
}
