/**
 * Everything under a post as one immutable record per post, so that feeds show comments, reactions and bookmarks
 * without the post records knowing about them.
 */
package org.agora.engagement;
