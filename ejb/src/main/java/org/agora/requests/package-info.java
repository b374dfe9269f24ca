/**
 * What one request asks many times and may keep until it ends: the reader's role, memberships and readable spaces
 * are asked by the feed, the rights on its posts, announcements and menus, each in its own transaction.
 */
package org.agora.requests;
