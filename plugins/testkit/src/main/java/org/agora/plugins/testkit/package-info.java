/**
 * The plugin test kit: an in-memory Agora host that runs a plugin's page handlers, storage, settings, messages,
 * permissions, event listeners and periodic tasks in plain unit tests, without Liberty.
 *
 * <p>Start with {@link org.agora.plugins.testkit.TestHost}; build requests with
 * {@link org.agora.plugins.testkit.Requests}. The storage ({@link org.agora.plugins.testkit.InMemoryRecordStore})
 * follows the host's rules: names, optimistic locking, queries compared on the first 200 characters, order and
 * paging. One difference is documented: {@code renderMarkdown} does not render Markdown, it escapes the text
 * and wraps it in a paragraph, so tests see that the text went through it without depending on the host's
 * renderer.
 */
package org.agora.plugins.testkit;
