/**
 * The same form sent twice at once (a double-click, several tabs): the service call that loses the race to the
 * database is run again in a new transaction, where it finds the work done, so that every answer is the page one
 * click gives.
 */
package org.agora.web.retries;
