/** The wiki plugin: pages written together in Markdown, stored through the host's plugin records. */
package org.agora.wiki;
