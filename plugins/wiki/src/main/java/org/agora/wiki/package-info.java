/**
 * The wiki plugin: pages written together in Markdown, company-wide and in each space (its "Wiki" tab), built only
 * on the plugins API.
 *
 * <p>Each page is a host content item of type {@code page} ({@link org.agora.wiki.WikiContent}), so the host
 * indexes it for search with its space's visibility, notifies its mentions, lists its hashtags and carries its
 * comments, reactions and files; edits show in the feed as one {@code update} card per edit burst
 * ({@link org.agora.wiki.WikiFeed}). The wiki keeps its own payload in records: pages with their hierarchy, every
 * revision, links between pages ({@code [[Title]]}) for "pages that link here", old titles of renamed pages, the
 * home page of each wiki. {@link org.agora.wiki.WikiPages} routes the requests to the handlers that read, edit,
 * manage, export and import pages.
 */
package org.agora.wiki;
