/** The forms that write, edit and delete comments; the post page shows them. */
package org.agora.web.comments;
