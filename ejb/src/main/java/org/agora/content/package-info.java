/** Rich text: Markdown rendering and HTML sanitising, shared by posts and plugins. */
package org.agora.content;
