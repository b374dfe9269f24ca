/** The home feed and single posts. */
package org.agora.web.feed;
