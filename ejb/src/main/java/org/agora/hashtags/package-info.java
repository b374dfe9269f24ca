/** Hashtag pages (the posts with a tag that the reader may read) and following hashtags. */
package org.agora.hashtags;
