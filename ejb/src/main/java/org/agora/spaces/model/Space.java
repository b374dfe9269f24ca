package org.agora.spaces.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.agora.validation.InvalidInputException;

/** A discussion space: a team, a project, a community of interest. */
@Entity
@Table(name = "agora_space")
public class Space {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpaceKind kind;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "cover_hash")
    private String coverHash;

    @Column(name = "icon_hash")
    private String iconHash;

    @Version
    private long version;

    protected Space() {
    }

    public Space(String slug, String name, String description, SpaceKind kind, long createdBy, Instant now) {
        this.slug = slug;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(name, description, now);
    }

    /** @throws InvalidInputException if the name or description break the rules */
    public void describe(String newName, String newDescription, Instant now) {
        String n = strip(newName);
        if (n.length() < 2) {
            throw new InvalidInputException("name", "error.space.name.short");
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidInputException("name", "error.space.name.long", MAX_NAME);
        }
        String d = strip(newDescription);
        if (d.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description",
                    "error.space.description.long", MAX_DESCRIPTION);
        }
        name = n;
        description = d.isEmpty() ? null : d;
        updatedAt = now;
    }

    /** @return true if the name and description, as {@link #describe} would store them, are the stored ones */
    public boolean isDescribedAs(String newName, String newDescription) {
        String d = strip(newDescription);
        return name.equals(strip(newName)) && java.util.Objects.equals(description, d.isEmpty() ? null : d);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** @return the address part made from a name: lower case words joined by dashes, accents removed */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "space" : slug;
    }

    /**
     * Shows a new picture.
     *
     * @param hash the picture's content hash in the file store
     * @return the hash of the picture it replaces, or null
     */
    public String show(SpacePicture picture, String hash, Instant now) {
        String replaced = picture(picture);
        if (picture == SpacePicture.COVER) {
            coverHash = hash;
        } else {
            iconHash = hash;
        }
        updatedAt = now;
        return replaced;
    }

    /** @return the content hash of the picture, or null if the space has none */
    public String picture(SpacePicture picture) {
        return picture == SpacePicture.COVER ? coverHash : iconHash;
    }

    /** Archives or restores; a space already in that state is left untouched, so a repeated click is no change. */
    public void archive(boolean value, Instant now) {
        if (archived != value) {
            archived = value;
            updatedAt = now;
        }
    }

    public Access accessFor(SpaceMember membership, boolean companyAdmin) {
        return new Access(kind, archived,
                java.util.Optional.ofNullable(membership).map(SpaceMember::getStatus),
                java.util.Optional.ofNullable(membership).map(SpaceMember::getRole),
                companyAdmin);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public boolean isArchived() {
        return archived;
    }

    /** @return the version for optimistic locking, which an edit form carries */
    public long getVersion() {
        return version;
    }
}
