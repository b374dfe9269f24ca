/** The search page over posts. */
package org.agora.web.search;
