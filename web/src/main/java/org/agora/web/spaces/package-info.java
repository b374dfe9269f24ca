/** Spaces in the browser: the list, a space's page and feed, membership and member management. */
package org.agora.web.spaces;
