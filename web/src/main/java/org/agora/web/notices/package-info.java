/**
 * Confirmations after a form did its work ("Your post is published"): the redirect leaves a short-lived cookie
 * naming what was done, and the next page shows it once, whatever its address.
 */
package org.agora.web.notices;
