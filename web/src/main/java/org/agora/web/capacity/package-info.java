/** How many requests the server works on at once, so that many people at once do not slow each other down. */
package org.agora.web.capacity;
