/** Announcements in the browser: publishing them and marking them read. */
package org.agora.web.announcements;
