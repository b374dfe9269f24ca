/** Files and images attached to posts: reading them from multipart forms and sending them back. */
package org.agora.web.attachments;
