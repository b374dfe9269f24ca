/** Announcements: company news pinned at the top of every feed until each reader marks it read. */
package org.agora.announcements;
