/**
 * Files and images attached to posts: checked from their bytes before the post is stored, images with thumbnails,
 * every download checked against the reader's right to read the post.
 */
package org.agora.attachments;
