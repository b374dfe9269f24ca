package org.agora.attachments;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.attachments.model.CheckedUpload;
import org.agora.attachments.model.InlineImage;
import org.agora.attachments.model.Thumbnail;
import org.agora.config.AgoraConfig;
import org.agora.files.FileStore;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.SpaceService;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Images pasted or dropped into a post, a comment or a page while it is written: uploaded at once, with the same
 * checks as attachments (the upload limit, an image recognised and decoded from its bytes), and linked from the
 * text. An image written in a conversation or a space is seen by its readers only.
 */
@Stateless
public class InlineImageService {

    private static final int HEAD = 16;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    AgoraConfig config;

    @EJB
    SpaceService spaces;

    @EJB
    SpaceAccess spaceAccess;

    @Inject
    ConversationReaders conversations;

    /** An image stored for a text: its name and the address the Markdown links. */
    public record Stored(String fileName, String url) {

        /** @return the Markdown that shows the image, with its name as the text for those who cannot see it */
        public String markdown() {
            String alt = fileName.replaceAll("[\\[\\]\\\\]", "");
            return "![" + alt + "](" + url + ")";
        }
    }

    /**
     * @param space        the id or slug of the space the text is written in, or null outside spaces
     * @param conversation the id of the conversation the message is written in, or null outside conversations
     * @throws InvalidInputException if the upload is not an image Agora shows, or too large
     * @throws AccessDeniedException if the uploader may not write in the space or the conversation
     */
    public Stored upload(long uploaderId, String space, String conversation, Upload upload) {
        InlineImage.Place place = writablePlace(space, conversation, uploaderId);
        String name = CheckedUpload.cleanName(upload.fileName());
        try (FileStore.Staged staged = stage(upload, name)) {
            CheckedUpload checked = CheckedUpload.of(upload.fileName(), upload.declaredType(), staged.head(HEAD));
            if (!checked.image()) {
                throw new InvalidInputException("image", "error.inlineImage.notImage", name);
            }
            // decoding proves the bytes are a picture within the pixel limit, as for attachments
            Thumbnail.of(staged.head((int) staged.size()), name);
            FileStore.Stored stored = staged.keep();
            InlineImage image = new InlineImage(uploaderId, place, checked, stored.hash(), stored.size(),
                    Instant.now());
            em.persist(image);
            return new Stored(checked.fileName(), url(image.getKey()));
        }
    }

    /**
     * @return the image to send, if the reader uploaded it or reads the conversation or the space it was written in
     * @throws UnknownItemException if there is no such image or the reader may not see it
     */
    public AttachmentFile file(String key, long readerId) {
        InlineImage image = em.createQuery("SELECT i FROM InlineImage i WHERE i.key = :key", InlineImage.class)
                .setParameter("key", key).getResultStream().findFirst()
                .filter(i -> i.uploadedBy(readerId) || reads(i.place(), readerId))
                .orElseThrow(() -> new UnknownItemException("error.file.unknown"));
        return new AttachmentFile(image.getFile().name(), image.getFile().contentType(), image.getFile().hash(), true);
    }

    /** @return the address of an inline image */
    public static String url(String key) {
        return "/images/" + key;
    }

    private boolean reads(InlineImage.Place place, long readerId) {
        if (place.conversationId() != null) {
            return conversations.reads(place.conversationId(), readerId);
        }
        return place.spaceId() == null || spaceAccess.access(place.spaceId(), readerId).canRead();
    }

    private InlineImage.Place writablePlace(String space, String conversation, long uploaderId) {
        if (conversation != null && !conversation.isBlank()) {
            if (!conversation.matches("[0-9]{1,18}") || !conversations.writes(Long.parseLong(conversation), uploaderId)) {
                throw new AccessDeniedException("error.inlineImage.conversation");
            }
            return new InlineImage.Place(null, Long.parseLong(conversation));
        }
        if (space == null || space.isBlank()) {
            return InlineImage.Place.COMPANY;
        }
        long id = space.matches("[0-9]{1,18}") ? Long.parseLong(space) : spaces.find(space, uploaderId).id();
        if (!spaceAccess.access(id, uploaderId).canWrite()) {
            throw new AccessDeniedException("error.inlineImage.space");
        }
        return new InlineImage.Place(id, null);
    }

    private FileStore.Staged stage(Upload upload, String name) {
        try {
            return files.stage(upload.content(), config.uploadMaxBytes());
        } catch (InvalidInputException e) {
            throw "error.file.empty".equals(e.key())
                    ? new InvalidInputException("image", "error.attachment.empty", name)
                    : new InvalidInputException("image", "error.attachment.tooLarge", name,
                    config.uploadMaxMegabytes());
        }
    }
}
