/** Commenting on posts and replying to comments, where the reader may read and write. */
package org.agora.comments;
