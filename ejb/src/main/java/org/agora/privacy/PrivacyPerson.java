package org.agora.privacy;

/** A person as the administrators' personal data page shows them, whatever the state of their account. */
public record PrivacyPerson(long id, String name, String email, String status) {

    public boolean active() {
        return status.equals("ACTIVE");
    }

    public boolean deactivated() {
        return status.equals("DEACTIVATED");
    }

    public boolean erased() {
        return status.equals("ERASING") || status.equals("ERASED");
    }
}
