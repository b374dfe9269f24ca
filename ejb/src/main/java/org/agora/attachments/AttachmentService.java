package org.agora.attachments;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
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
 * Posts and chat messages with files and images attached, and the attachments of the posts a reader may read. Every
 * upload is checked before anything is stored; every download checks the reader's right to read the post (or, through
 * messaging, the message) again.
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
    Event<AttachmentCleanup.Released> released;

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
        List<Checked> checked = new ArrayList<>();
        try {
            for (Upload upload : uploads) {
                checked.add(check(upload));
            }
            PostView post = posts.publish(authorId, spaceId, markdown);
            Instant now = Instant.now();
            for (int i = 0; i < checked.size(); i++) {
                keep(post.id(), i, checked.get(i), now);
            }
            return post;
        } finally {
            checked.forEach(c -> c.file().close());
        }
    }

    /**
     * Attaches one more file to an existing post or content item, after the same checks as {@link #publish}.
     *
     * @param limit at most this many files on the item
     * @return the stored file
     * @throws InvalidInputException if the upload breaks a rule or the item has {@code limit} files already
     */
    public AttachmentView attach(long postId, Upload upload, int limit) {
        List<Attachment> present = em.createQuery(
                "SELECT a FROM Attachment a WHERE a.postId = :post ORDER BY a.position", Attachment.class)
                .setParameter("post", postId).getResultList();
        if (present.size() >= limit) {
            throw new InvalidInputException("files", "error.attachment.tooMany", limit);
        }
        Checked checked = check(upload);
        try {
            int position = present.isEmpty() ? 0 : present.get(present.size() - 1).getPosition() + 1;
            Attachment a = keep(postId, position, checked, Instant.now());
            em.flush();
            return view(a);
        } finally {
            checked.file().close();
        }
    }

    /** @return the files of a post or content item, in order, without checking who reads them */
    public List<AttachmentView> of(long postId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.postId = :post ORDER BY a.position",
                        Attachment.class)
                .setParameter("post", postId).getResultStream().map(AttachmentService::view).toList();
    }

    /** Removes one file of a post or content item; its bytes go after commit if nothing else uses them. */
    public void detach(long postId, long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.getPostId() == null || a.getPostId() != postId) {
            throw new UnknownItemException("error.file.unknown");
        }
        Set<String> hashes = new HashSet<>();
        hashes.add(a.getFile().hash());
        if (a.getThumbHash() != null) {
            hashes.add(a.getThumbHash());
        }
        em.remove(a);
        released.fire(new AttachmentCleanup.Released(hashes));
    }

    /** An upload staged in the file store, checked, with its thumbnail if it is an image. */
    private record Checked(FileStore.Staged file, CheckedUpload upload, byte[] thumbnail) {
    }

    private Checked check(Upload upload) {
        String name = CheckedUpload.cleanName(upload.fileName());
        FileStore.Staged file = stage(upload, name);
        try {
            CheckedUpload c = CheckedUpload.of(upload.fileName(), upload.declaredType(), file.head(HEAD));
            return new Checked(file, c, c.image() ? Thumbnail.of(file.head((int) file.size()), c.fileName()) : null);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private Attachment keep(long postId, int position, Checked checked, Instant now) {
        return keep(checked, (stored, thumb) -> new Attachment(postId, position, checked.upload(), stored.hash(),
                stored.size(), thumb, now));
    }

    private Attachment keep(Checked checked, BiFunction<FileStore.Stored, String, Attachment> attachment) {
        FileStore.Stored stored = checked.file().keep();
        String thumb = checked.thumbnail() == null ? null
                : files.store(new ByteArrayInputStream(checked.thumbnail()), Long.MAX_VALUE).hash();
        Attachment a = attachment.apply(stored, thumb);
        em.persist(a);
        return a;
    }

    /**
     * Writes a chat message with its files, under the same rules as a post's ({@link #publish}): every upload is
     * checked, then {@code write} stores the message, then the files are kept under it. If an upload or the message
     * is refused, nothing is stored.
     *
     * @param write stores the message
     * @param id    the id of the message stored
     * @return what {@code write} returned
     */
    public <T> T writeMessage(List<Upload> uploads, Supplier<T> write, ToLongFunction<T> id) {
        CheckedUpload.checkCount(uploads.size());
        List<Checked> checked = new ArrayList<>();
        try {
            for (Upload upload : uploads) {
                checked.add(check(upload));
            }
            T message = write.get();
            long messageId = id.applyAsLong(message);
            Instant now = Instant.now();
            for (int i = 0; i < checked.size(); i++) {
                Checked c = checked.get(i);
                int position = i;
                keep(c, (stored, thumb) -> Attachment.ofMessage(messageId, position, c.upload(), stored.hash(),
                        stored.size(), thumb, now));
            }
            return message;
        } finally {
            checked.forEach(c -> c.file().close());
        }
    }

    /** @return by message id, the files of these messages, in order, without checking who reads them */
    public Map<Long, List<AttachmentView>> ofMessages(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        SELECT a FROM Attachment a WHERE a.messageId IN :ids ORDER BY a.messageId, a.position""",
                        Attachment.class)
                .setParameter("ids", messageIds).getResultStream().map(AttachmentService::view)
                .collect(Collectors.groupingBy(AttachmentView::messageId, Collectors.toUnmodifiableList()));
    }

    /** Removes the files of these messages; their bytes go after commit if nothing else uses them. */
    public void removeFromMessages(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        Set<String> hashes = new HashSet<>();
        em.createQuery("SELECT a FROM Attachment a WHERE a.messageId IN :ids", Attachment.class)
                .setParameter("ids", messageIds).getResultStream().forEach(a -> {
                    hashes.add(a.getFile().hash());
                    if (a.getThumbHash() != null) {
                        hashes.add(a.getThumbHash());
                    }
                });
        if (hashes.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM Attachment a WHERE a.messageId IN :ids").setParameter("ids", messageIds)
                .executeUpdate();
        released.fire(new AttachmentCleanup.Released(hashes));
    }

    /** @return the message a file is attached to, if there is such a file and it is a message's */
    public Optional<Long> messageOf(long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        return a == null ? Optional.empty() : Optional.ofNullable(a.getMessageId());
    }

    /**
     * @param thumbnail true for the thumbnail of an image
     * @return the file of a message to send; the caller has checked that the reader reads the message
     * @throws UnknownItemException if there is no such file of a message, or no such thumbnail
     */
    public AttachmentFile messageFile(long attachmentId, boolean thumbnail) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.getMessageId() == null) {
            throw new UnknownItemException("error.file.unknown");
        }
        return file(a, thumbnail);
    }

    private FileStore.Staged stage(Upload upload, String name) {
        try {
            return files.stage(upload.content(), config.uploadMaxBytes());
        } catch (InvalidInputException e) {
            // the store's message does not say which file; with several, the person needs to know
            throw "error.file.empty".equals(e.key())
                    ? new InvalidInputException("files", "error.attachment.empty", name)
                    : new InvalidInputException("files", "error.attachment.tooLarge", name,
                    config.uploadMaxMegabytes());
        }
    }

    /** @return by post id, the attachments of the posts among {@code postIds} that the reader may read, in order */
    public Map<Long, List<AttachmentView>> forPosts(Collection<Long> postIds, long readerId) {
        Set<Long> readable = posts.readableIds(postIds, readerId);
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
            throw new UnknownItemException("error.file.unknown");
        }
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || a.getPostId() == null || a.getPostId() != postId) {
            throw new UnknownItemException("error.file.unknown");
        }
        return file(a, thumbnail);
    }

    private static AttachmentFile file(Attachment a, boolean thumbnail) {
        if (thumbnail && !a.isImage()) {
            throw new UnknownItemException("error.file.unknown");
        }
        if (thumbnail) {
            return new AttachmentFile(a.getFile().name(), "image/jpeg", a.getThumbHash(), true);
        }
        return new AttachmentFile(a.getFile().name(), a.getFile().contentType(), a.getFile().hash(), a.isImage());
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.getId(), a.getPostId() == null ? 0 : a.getPostId(), a.getFile().name(),
                a.getFile().size(), a.isImage(), a.getMessageId() == null ? 0 : a.getMessageId());
    }
}
