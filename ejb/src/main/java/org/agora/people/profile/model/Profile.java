package org.agora.people.profile.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.people.profile.model.ProfileDraft.ProfileValues;

/**
 * What a person says about themselves, keyed by the person, and who may see each field.
 *
 * <p>The directory fields (name, job title, department, manager) stay on the person, where the CSV import keeps them.
 */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    private String location;
    @Enumerated(EnumType.STRING)
    @Column(name = "location_visibility", nullable = false)
    private Visibility locationVisibility;

    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "phone_visibility", nullable = false)
    private Visibility phoneVisibility;

    private String bio;
    @Enumerated(EnumType.STRING)
    @Column(name = "bio_visibility", nullable = false)
    private Visibility bioVisibility;

    @ElementCollection
    @CollectionTable(name = "profile_expertise", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "seq")
    @Column(name = "label")
    private List<String> expertise = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "expertise_visibility", nullable = false)
    private Visibility expertiseVisibility;

    @ElementCollection
    @CollectionTable(name = "profile_interest", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "seq")
    @Column(name = "label")
    private List<String> interests = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "interests_visibility", nullable = false)
    private Visibility interestsVisibility;

    @ElementCollection
    @CollectionTable(name = "profile_link", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "seq")
    private List<ProfileLink> links = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "links_visibility", nullable = false)
    private Visibility linksVisibility;

    @Column(name = "photo_avatar")
    private String photoAvatar;
    @Column(name = "photo_large")
    private String photoLarge;
    @Column(name = "photo_source_format")
    private String photoSourceFormat;
    @Column(name = "photo_source_width")
    private Integer photoSourceWidth;
    @Column(name = "photo_source_height")
    private Integer photoSourceHeight;
    @Column(name = "photo_updated_at")
    private Instant photoUpdatedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Profile() {
    }

    /** A profile with nothing said yet and every visibility at its private-by-default value. */
    public Profile(long personId, Instant now) {
        this.personId = personId;
        locationVisibility = ProfileField.LOCATION.byDefault();
        phoneVisibility = ProfileField.PHONE.byDefault();
        bioVisibility = ProfileField.BIO.byDefault();
        expertiseVisibility = ProfileField.EXPERTISE.byDefault();
        interestsVisibility = ProfileField.INTERESTS.byDefault();
        linksVisibility = ProfileField.LINKS.byDefault();
        updatedAt = now;
    }

    /**
     * Empties the lists that the values change, and tells whether there were any: the caller writes that to the
     * database before {@link #update}, since EclipseLink inserts a changed ordered list's new rows before it deletes
     * the old ones, which collide on (person, position).
     *
     * @return true if a list was emptied
     */
    public boolean clearListsChangedBy(ProfileValues values) {
        // each list is looked at, hence | and not ||
        return clearIfChanged(expertise, values.expertise()) | clearIfChanged(interests, values.interests())
                | clearIfChanged(links, values.links());
    }

    private static <T> boolean clearIfChanged(List<T> stored, List<T> wanted) {
        if (stored.equals(wanted)) {
            return false;
        }
        stored.clear();
        return true;
    }

    /** Replaces every field and visibility with checked values. */
    public void update(ProfileValues values, Instant now) {
        location = values.location();
        phone = values.phone();
        bio = values.bio();
        expertise.clear();
        expertise.addAll(values.expertise());
        interests.clear();
        interests.addAll(values.interests());
        links.clear();
        links.addAll(values.links());
        Map<ProfileField, Visibility> v = values.visibilities();
        locationVisibility = v.get(ProfileField.LOCATION);
        phoneVisibility = v.get(ProfileField.PHONE);
        bioVisibility = v.get(ProfileField.BIO);
        expertiseVisibility = v.get(ProfileField.EXPERTISE);
        interestsVisibility = v.get(ProfileField.INTERESTS);
        linksVisibility = v.get(ProfileField.LINKS);
        updatedAt = now;
    }

    /** @return true if the profile holds these values already, every field and visibility */
    public boolean holds(ProfileValues values) {
        return java.util.Objects.equals(location, values.location()) && java.util.Objects.equals(phone, values.phone())
                && java.util.Objects.equals(bio, values.bio()) && expertise.equals(values.expertise())
                && interests.equals(values.interests()) && links.equals(values.links())
                && visibilities().equals(values.visibilities());
    }

    /** Records the stored sizes of a new photo, named by content hash, and what was uploaded. */
    public void usePhoto(String avatarFile, String largeFile, String sourceFormat, int width, int height,
                         Instant now) {
        photoAvatar = avatarFile;
        photoLarge = largeFile;
        photoSourceFormat = sourceFormat;
        photoSourceWidth = width;
        photoSourceHeight = height;
        photoUpdatedAt = now;
        updatedAt = now;
    }

    /** Stops naming a photo, as erasing the person does. */
    public void forgetPhoto(Instant now) {
        photoAvatar = null;
        photoLarge = null;
        photoSourceFormat = null;
        photoSourceWidth = null;
        photoSourceHeight = null;
        photoUpdatedAt = null;
        updatedAt = now;
    }

    /** @return the visibility of each field */
    public Map<ProfileField, Visibility> visibilities() {
        Map<ProfileField, Visibility> v = new EnumMap<>(ProfileField.class);
        v.put(ProfileField.LOCATION, locationVisibility);
        v.put(ProfileField.PHONE, phoneVisibility);
        v.put(ProfileField.BIO, bioVisibility);
        v.put(ProfileField.EXPERTISE, expertiseVisibility);
        v.put(ProfileField.INTERESTS, interestsVisibility);
        v.put(ProfileField.LINKS, linksVisibility);
        return v;
    }

    /** @return true if a viewer in this relation to the person may see the field */
    public boolean shows(ProfileField field, Relation relation) {
        return visibilities().get(field).shows(relation);
    }

    /** @return the fields a viewer in this relation to the person may see; the others are null or empty */
    public VisibleFields seenBy(Relation relation) {
        Map<ProfileField, Visibility> v = visibilities();
        return new VisibleFields(
                v.get(ProfileField.LOCATION).shows(relation) ? location : null,
                v.get(ProfileField.PHONE).shows(relation) ? phone : null,
                v.get(ProfileField.BIO).shows(relation) ? bio : null,
                v.get(ProfileField.EXPERTISE).shows(relation) ? List.copyOf(expertise) : List.of(),
                v.get(ProfileField.INTERESTS).shows(relation) ? List.copyOf(interests) : List.of(),
                v.get(ProfileField.LINKS).shows(relation) ? List.copyOf(links) : List.of());
    }

    /** @return the version for optimistic locking, which the edit form carries */
    public long getVersion() {
        return version;
    }

    public Long getPersonId() {
        return personId;
    }

    /** @return everything the person said, as the edit form shows it */
    public ProfileDraft toDraft() {
        Map<ProfileField, String> v = new EnumMap<>(ProfileField.class);
        visibilities().forEach((field, visibility) -> v.put(field, visibility.name()));
        return new ProfileDraft(location, phone, bio, String.join(", ", expertise), String.join(", ", interests),
                links.stream().map(l -> new ProfileDraft.LinkDraft(l.label(), l.url())).toList(), v);
    }

    public String getLocation() {
        return location;
    }

    public List<String> getExpertise() {
        return expertise;
    }

    public List<String> getInterests() {
        return interests;
    }

    public String getPhotoAvatar() {
        return photoAvatar;
    }

    public String getPhotoLarge() {
        return photoLarge;
    }

    public boolean hasPhoto() {
        return photoAvatar != null;
    }
}
