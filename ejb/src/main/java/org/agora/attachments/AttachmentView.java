package org.agora.attachments;

/**
 * An attachment as a post card or a chat message shows it.
 *
 * @param postId    the post it is attached to, or 0 for a message's
 * @param image     true for an image shown as a thumbnail, false for a file shown by name and size
 * @param messageId the chat message it is attached to, or 0 for a post's
 */
public record AttachmentView(long id, long postId, String fileName, long size, boolean image, long messageId) {

    /** A post's attachment. */
    public AttachmentView(long id, long postId, String fileName, long size, boolean image) {
        this(id, postId, fileName, size, image, 0);
    }

    /**
     * @return the address of the file, which checks the reader's rights on the post, or on the message's
     *         conversation, every time
     */
    public String url() {
        return messageId != 0 ? "/messages/files/" + id : "/posts/" + postId + "/attachments/" + id;
    }

    /** @return the address of the thumbnail of an image */
    public String thumbnailUrl() {
        return url() + "/thumbnail";
    }

    /** @return the size in kilobytes, at least 1 */
    public long kilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }

    /** @return true if the size reads better in megabytes */
    public boolean large() {
        return size >= 1024 * 1024;
    }

    /** @return the size in megabytes, with one decimal */
    public double megabytes() {
        return Math.round(size * 10.0 / (1024 * 1024)) / 10.0;
    }
}
