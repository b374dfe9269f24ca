package org.agora.people.profile.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.validation.InvalidInputException;

/**
 * A profile as typed into the form, before it is checked; the form shows it again when a field is refused.
 *
 * @param expertise    comma-separated tags
 * @param interests    comma-separated tags
 * @param links        up to {@link #MAX_LINKS} label and address pairs; blank pairs are ignored
 * @param visibilities the chosen visibility of each field, by {@link ProfileField} name
 */
public record ProfileDraft(String location, String phone, String bio, String expertise, String interests,
                           List<LinkDraft> links, Map<ProfileField, String> visibilities) {

    public static final int MAX_LOCATION = 120;
    public static final int MAX_PHONE = 40;
    public static final int MAX_BIO = 500;
    public static final int MAX_LINKS = 5;

    /** One link row of the form. */
    public record LinkDraft(String label, String url) {
        boolean isBlank() {
            return (label == null || label.isBlank()) && (url == null || url.isBlank());
        }
    }

    public ProfileDraft {
        links = links == null ? List.of() : List.copyOf(links);
        visibilities = visibilities == null ? Map.of() : Map.copyOf(visibilities);
    }

    /** @return the link rows of the form: the typed ones, then blank ones up to {@link #MAX_LINKS} */
    public List<LinkDraft> linkRows() {
        List<LinkDraft> rows = new ArrayList<>(links);
        while (rows.size() < MAX_LINKS) {
            rows.add(new LinkDraft("", ""));
        }
        return rows;
    }

    /** @return the visibility chosen for the form field, such as {@code phone}, or its default */
    public String visibilityOf(String formName) {
        ProfileField field = ProfileField.valueOf(formName.toUpperCase(java.util.Locale.ROOT));
        String chosen = visibilities.get(field);
        return chosen == null || chosen.isBlank() ? field.byDefault().name() : chosen;
    }

    /**
     * @return the checked values
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public ProfileValues validate() {
        String loc = optional(location, MAX_LOCATION, "location");
        String tel = optional(phone, MAX_PHONE, "phone");
        if (tel != null && !tel.matches("[+0-9 ().\\-/]+|[+0-9 ().\\-/]+ (ext\\.?|x) ?[0-9]{1,6}")) {
            throw new InvalidInputException("phone", "error.profile.phone");
        }
        String text = optional(bio == null ? null : bio.replace("\r\n", "\n"), MAX_BIO, "bio");
        List<String> exp = Tags.parse(expertise, "expertise");
        List<String> intr = Tags.parse(interests, "interests");
        List<LinkDraft> typed = links.stream().filter(l -> l != null && !l.isBlank()).toList();
        if (typed.size() > MAX_LINKS) {
            throw new InvalidInputException("links", "error.profile.links", MAX_LINKS);
        }
        List<ProfileLink> checked = new ArrayList<>();
        for (LinkDraft l : typed) {
            checked.add(ProfileLink.of(l.label(), l.url()));
        }
        Map<ProfileField, Visibility> chosen = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.values()) {
            String name = visibilities.get(f);
            Visibility v = name == null || name.isBlank() ? f.byDefault() : Visibility.parse(name);
            if (v == null) {
                throw new InvalidInputException(f.formName() + "Visibility", "error.profile.visibility",
                        f.formName());
            }
            chosen.put(f, v);
        }
        return new ProfileValues(loc, tel, text, exp, intr, checked, chosen);
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "error.profile." + field + ".long", max);
        }
        return v;
    }

    /** The checked values of a profile, ready to store. */
    public record ProfileValues(String location, String phone, String bio, List<String> expertise,
                                List<String> interests, List<ProfileLink> links,
                                Map<ProfileField, Visibility> visibilities) {
    }
}
