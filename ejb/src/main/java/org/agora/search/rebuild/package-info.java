/** The administrator's rebuild of the search index, a Jakarta Batch job that search answers through. */
package org.agora.search.rebuild;
