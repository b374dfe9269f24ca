/** Bookmarks: posts people save to read again, shown only while they may still read them. */
package org.agora.bookmarks;
