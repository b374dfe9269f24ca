/** The company-wide feed: writing posts and reading them newest first, page by page. */
package org.agora.feed;
