/** Files and images attached to posts, and the rules that decide what an upload is and how it may be shown. */
package org.agora.attachments.model;
