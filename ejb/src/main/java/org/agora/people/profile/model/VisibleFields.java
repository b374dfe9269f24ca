package org.agora.people.profile.model;

import java.util.List;

/**
 * The chosen-visibility fields of a profile as one viewer sees them: a hidden field is null or empty, never its value.
 */
public record VisibleFields(String location, String phone, String bio, List<String> expertise,
                            List<String> interests, List<ProfileLink> links) {

    /** What a viewer sees of someone without a profile yet: nothing, as nothing was said. */
    public static final VisibleFields NONE = new VisibleFields(null, null, null, List.of(), List.of(), List.of());
}
