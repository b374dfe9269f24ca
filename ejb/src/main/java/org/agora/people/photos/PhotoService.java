package org.agora.people.photos;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agora.config.AgoraConfig;
import org.agora.people.model.Person;
import org.agora.people.photos.PhotoCheck.CheckedImage;
import org.agora.people.photos.SquarePhoto.Size;
import org.agora.people.profile.model.Profile;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** Uploading one's profile photo and reading anyone's, in the avatar and profile sizes. */
@Stateless
public class PhotoService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    AgoraConfig config;

    /**
     * Checks the upload, keeps its centred square in both sizes and makes it the person's photo.
     *
     * @throws InvalidInputException if the file is not a JPEG, PNG or WebP image within the limits
     */
    public void upload(long personId, InputStream content) {
        CheckedImage image = PhotoCheck.check(readAtMostOneByteTooMany(content), config.uploadMaxBytes());
        PhotoStore store = store();
        String avatar = store.put(SquarePhoto.render(image.image(), Size.AVATAR.pixels()));
        String large = store.put(SquarePhoto.render(image.image(), Size.PROFILE.pixels()));
        Instant now = Instant.now();
        if (em.find(Person.class, personId) == null) {
            throw new UnknownItemException("error.account.unknown");
        }
        Profile profile = em.find(Profile.class, personId);
        if (profile == null) {
            profile = new Profile(personId, now);
            em.persist(profile);
        }
        profile.usePhoto(avatar, large, image.format().name(), image.width(), image.height(), now);
    }

    /** @return the person's photo in the size, or empty if they have none */
    public Optional<PhotoFile> photo(long personId, Size size) {
        Profile profile = em.find(Profile.class, personId);
        if (profile == null || !profile.hasPhoto()) {
            return Optional.empty();
        }
        String name = size == Size.PROFILE ? profile.getPhotoLarge() : profile.getPhotoAvatar();
        return store().read(name).map(bytes -> new PhotoFile(bytes, "image/jpeg", name.replace(".jpg", "")));
    }

    /**
     * Forgets the person's photo: the profile stops naming it and its files go unless another profile uses them.
     *
     * @return true if the person had a photo
     */
    public boolean forget(long personId) {
        Profile profile = em.find(Profile.class, personId);
        if (profile == null || !profile.hasPhoto()) {
            return false;
        }
        List<String> names = List.of(profile.getPhotoAvatar(), profile.getPhotoLarge());
        profile.forgetPhoto(Instant.now());
        em.flush();
        for (String name : names) {
            long others = em.createQuery("""
                            SELECT COUNT(p) FROM Profile p WHERE p.photoAvatar = :name OR p.photoLarge = :name""",
                            Long.class).setParameter("name", name).getSingleResult();
            if (others == 0) {
                store().delete(name);
            }
        }
        return true;
    }

    private PhotoStore store() {
        return new PhotoStore(config.dataDir().resolve("photos"));
    }

    /** Reads no more than the limit and one byte, enough to refuse a larger file without reading all of it. */
    private byte[] readAtMostOneByteTooMany(InputStream content) {
        if (content == null) {
            throw new InvalidInputException(PhotoCheck.FIELD, "error.photo.missing");
        }
        try {
            return content.readNBytes((int) Math.min(config.uploadMaxBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
