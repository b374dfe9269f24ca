/** The bookmark: one person, one saved post, when it was saved. */
package org.agora.bookmarks.model;
