/**
 * Each employee's own personal data page: downloading their data as an archive prepared in the background, and
 * reading which administrators reached their data.
 */
package org.agora.web.privacy;
