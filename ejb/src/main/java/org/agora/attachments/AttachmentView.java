package org.agora.attachments;

/**
 * An attachment as a post card shows it.
 *
 * @param image true for an image shown as a thumbnail, false for a file shown by name and size
 */
public record AttachmentView(long id, long postId, String fileName, long size, boolean image) {

    /** @return the address of the file, which checks the reader's rights on the post every time */
    public String url() {
        return "/posts/" + postId + "/attachments/" + id;
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
