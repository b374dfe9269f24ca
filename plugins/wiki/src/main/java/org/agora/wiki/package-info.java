/**
 * The wiki plugin: pages written together in Markdown, company-wide and in each space (its "Wiki" tab), stored
 * through the host's plugin records, in English and French, with an introduction set by administrators, a
 * "write" permission and its part of GDPR exports and erasures.
 */
package org.agora.wiki;
