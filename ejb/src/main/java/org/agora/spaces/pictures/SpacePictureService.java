package org.agora.spaces.pictures;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import org.agora.attachments.AttachmentCleanup;
import org.agora.config.AgoraConfig;
import org.agora.files.FileStore;
import org.agora.people.photos.PhotoCheck;
import org.agora.spaces.SpaceService;
import org.agora.spaces.SpaceView;
import org.agora.spaces.model.Space;
import org.agora.spaces.model.SpacePicture;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * A space's cover image and icon: chosen by its managers through the same checks as profile photos (JPEG, PNG or
 * WebP recognised from the bytes, within the upload limit and the pixel limit), kept as JPEG in the file store, and
 * shown to everyone who may find the space. A replaced picture's file goes once nothing else uses it.
 */
@Stateless
public class SpacePictureService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceService spaces;

    @Inject
    FileStore files;

    @Inject
    AgoraConfig config;

    @Inject
    Event<AttachmentCleanup.Released> released;

    /**
     * @throws InvalidInputException (on the field {@code cover} or {@code icon}) if the file is not an image Agora
     *                               accepts
     * @throws org.agora.validation.AccessDeniedException unless the owner or a moderator of the space asks
     */
    public void upload(String slug, long managerId, SpacePicture picture, InputStream content) {
        long spaceId = spaces.settings(slug, managerId).space().id();
        PhotoCheck.CheckedImage image;
        try {
            image = PhotoCheck.check(readAtMostOneByteTooMany(content), config.uploadMaxBytes());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(picture.field(), e.key(), e.arguments());
        }
        String hash = files.store(new ByteArrayInputStream(picture.render(image.image())), Long.MAX_VALUE).hash();
        String replaced = em.find(Space.class, spaceId).show(picture, hash, Instant.now());
        if (replaced != null && !replaced.equals(hash)) {
            released.fire(new AttachmentCleanup.Released(Set.of(replaced)));
        }
    }

    /**
     * @return the content hash of the picture, if the viewer may find the space
     * @throws UnknownItemException if the space has no such picture or is hidden from the viewer
     */
    public String picture(String slug, SpacePicture picture, long viewerId) {
        SpaceView space = spaces.find(slug, viewerId);
        String hash = picture == SpacePicture.COVER ? space.coverHash() : space.iconHash();
        if (hash == null) {
            throw new UnknownItemException("error.file.unknown");
        }
        return hash;
    }

    private byte[] readAtMostOneByteTooMany(InputStream content) {
        try (InputStream in = content) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.uploadMaxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
