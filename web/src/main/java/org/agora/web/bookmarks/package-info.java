/** Saving posts and the "Saved" page. */
package org.agora.web.bookmarks;
