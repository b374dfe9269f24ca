package org.agora.attachments;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.attachments.model.Attachment;
import org.agora.attachments.model.CheckedUpload;
import org.agora.attachments.model.Thumbnail;
import org.agora.config.AgoraConfig;
import org.agora.feed.PostService;
import org.agora.feed.PostView;
import org.agora.files.FileStore;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/**
 * Posts with files and images attached, and the attachments of the posts a reader may read. Every upload is checked
 * before anything is stored; every download checks the reader's right to read the post again.
 */
@Stateless
public class AttachmentService {

    // enough for every image signature
    private static final int HEAD = 16;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    PostService posts;

    @Inject
    FileStore files;

    @Inject
    AgoraConfig config;

    /**
     * Writes a post with its attachments, on the company-wide feed ({@code spaceId} null) or in a space. Each file has
     * at most the document limit ({@code agora.documents.max.mb}); images (JPEG, PNG, WebP, GIF, recognised from their
     * bytes) get a thumbnail. If any upload or the text is refused, nothing is stored.
     *
     * @throws InvalidInputException  if the text or an upload breaks a rule
     * @throws AccessDeniedException if the author may not post there
     */
    public PostView publish(long authorId, Long spaceId, String markdown, List<Upload> uploads) {
        CheckedUpload.checkCount(uploads.size());
        List<FileStore.Staged> staged = new ArrayList<>();
        try {
            List<CheckedUpload> checked = new ArrayList<>();
            List<byte[]> thumbnails = new ArrayList<>();
            for (Upload upload : uploads) {
                String name = CheckedUpload.cleanName(upload.fileName());
                FileStore.Staged file = stage(upload, name);
                staged.add(file);
                CheckedUpload c = CheckedUpload.of(upload.fileName(), upload.declaredType(), file.head(HEAD));
                checked.add(c);
                thumbnails.add(c.image() ? Thumbnail.of(file.head((int) file.size()), c.fileName()) : null);
            }
            PostView post = posts.publish(authorId, spaceId, markdown);
            Instant now = Instant.now();
            for (int i = 0; i < checked.size(); i++) {
                FileStore.Stored stored = staged.get(i).keep();
                String thumb = thumbnails.get(i) == null ? null
                        : files.store(new ByteArrayInputStream(thumbnails.get(i)), Long.MAX_VALUE).hash();
                em.persist(new Attachment(post.id(), i, checked.get(i), stored.hash(), stored.size(), thumb, now));
            }
            return post;
        } finally {
            staged.forEach(FileStore.Staged::close);
        }
    }

    private FileStore.Staged stage(Upload upload, String name) {
        try {
            return files.stage(upload.content(), config.documentsMaxBytes());
        } catch (InvalidInputException e) {
            // the store's message does not say which file; with several, the person needs to know
            throw "error.file.empty".equals(e.key())
                    ? new InvalidInputException("files", "error.attachment.empty", name)
                    : new InvalidInputException("files", "error.attachment.tooLarge", name,
                    Math.max(1, config.documentsMaxBytes() / (1024 * 1024)));
        }
    }

    /** @return by post id, the attachments of the posts among {@code postIds} that the reader may read, in order */
    public Map<Long, List<AttachmentView>> forPosts(Collection<Long> postIds, long readerId) {
        Set<Long> readable = posts.readable(postIds, readerId).keySet();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Attachment a WHERE a.postId IN :ids ORDER BY a.postId, a.position",
                        Attachment.class)
                .setParameter("ids", readable).getResultStream()
                .map(AttachmentService::view)
                .collect(Collectors.groupingBy(AttachmentView::postId, Collectors.toUnmodifiableList()));
    }

    /**
     * @param thumbnail true for the thumbnail of an image
     * @return the file to send, if the reader may read the post now
     * @throws UnknownItemException if the post or the attachment does not exist or is hidden from the reader
     */
    public AttachmentFile download(long postId, long attachmentId, long readerId, boolean thumbnail) {
        if (posts.read(postId, readerId).isEmpty()) {
            throw new UnknownItemException("This file does not exist.");
        }
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.getPostId() != postId || (thumbnail && !a.isImage())) {
            throw new UnknownItemException("This file does not exist.");
        }
        if (thumbnail) {
            return new AttachmentFile(a.getFileName(), "image/jpeg", a.getThumbHash(), true);
        }
        return new AttachmentFile(a.getFileName(), a.getContentType(), a.getFileHash(), a.isImage());
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.getId(), a.getPostId(), a.getFileName(), a.getSize(), a.isImage());
    }
}
