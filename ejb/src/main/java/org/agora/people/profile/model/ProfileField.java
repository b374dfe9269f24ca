package org.agora.people.profile.model;

/** The fields of a profile whose visibility the person chooses, with the private-by-default choice. */
public enum ProfileField {
    LOCATION(Visibility.SPACES),
    PHONE(Visibility.ONLY_ME),
    BIO(Visibility.SPACES),
    EXPERTISE(Visibility.EVERYONE),
    INTERESTS(Visibility.EVERYONE),
    LINKS(Visibility.SPACES);

    private final Visibility byDefault;

    ProfileField(Visibility byDefault) {
        this.byDefault = byDefault;
    }

    /** @return the visibility a new profile starts with */
    public Visibility byDefault() {
        return byDefault;
    }

    /** @return the name of the form field, such as {@code location} */
    public String formName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
