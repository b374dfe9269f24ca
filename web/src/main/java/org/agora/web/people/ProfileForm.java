package org.agora.web.people;

import jakarta.ws.rs.FormParam;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.people.profile.model.ProfileDraft;
import org.agora.people.profile.model.ProfileDraft.LinkDraft;
import org.agora.people.profile.model.ProfileField;

/** The fields of the profile form, bound by name. */
public class ProfileForm {

    @FormParam("location") String location;
    @FormParam("phone") String phone;
    @FormParam("bio") String bio;
    @FormParam("expertise") String expertise;
    @FormParam("interests") String interests;
    @FormParam("link1Label") String link1Label;
    @FormParam("link1Url") String link1Url;
    @FormParam("link2Label") String link2Label;
    @FormParam("link2Url") String link2Url;
    @FormParam("link3Label") String link3Label;
    @FormParam("link3Url") String link3Url;
    @FormParam("link4Label") String link4Label;
    @FormParam("link4Url") String link4Url;
    @FormParam("link5Label") String link5Label;
    @FormParam("link5Url") String link5Url;
    @FormParam("locationVisibility") String locationVisibility;
    @FormParam("phoneVisibility") String phoneVisibility;
    @FormParam("bioVisibility") String bioVisibility;
    @FormParam("expertiseVisibility") String expertiseVisibility;
    @FormParam("interestsVisibility") String interestsVisibility;
    @FormParam("linksVisibility") String linksVisibility;

    /** @return the form as typed, for the service to check */
    ProfileDraft toDraft() {
        List<LinkDraft> links = List.of(new LinkDraft(link1Label, link1Url), new LinkDraft(link2Label, link2Url),
                new LinkDraft(link3Label, link3Url), new LinkDraft(link4Label, link4Url),
                new LinkDraft(link5Label, link5Url));
        Map<ProfileField, String> v = new EnumMap<>(ProfileField.class);
        put(v, ProfileField.LOCATION, locationVisibility);
        put(v, ProfileField.PHONE, phoneVisibility);
        put(v, ProfileField.BIO, bioVisibility);
        put(v, ProfileField.EXPERTISE, expertiseVisibility);
        put(v, ProfileField.INTERESTS, interestsVisibility);
        put(v, ProfileField.LINKS, linksVisibility);
        return new ProfileDraft(location, phone, bio, expertise, interests, links, v);
    }

    private static void put(Map<ProfileField, String> map, ProfileField field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
