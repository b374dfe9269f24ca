/** Hashtag pages and the Follow / Unfollow buttons. */
package org.agora.web.hashtags;
