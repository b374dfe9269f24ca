/** The search page with its facets, and the suggestions of the search box. */
package org.agora.web.search;
