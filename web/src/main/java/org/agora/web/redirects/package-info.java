/**
 * Where a browser goes after a form: back to the page it came from, only when that page is Agora's own, so that no
 * link can send a person on to another site.
 */
package org.agora.web.redirects;
